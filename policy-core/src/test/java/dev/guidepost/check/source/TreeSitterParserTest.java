package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TreeSitterParserTest {

    private final TreeSitterParser parser = new TreeSitterParser();

    @AfterEach
    void close() {
        parser.close();
    }

    @Test
    void convertsPythonIntoOurView() {
        SyntaxTree tree = parser.parse("print(x, 1)\n", SourceLanguage.PYTHON);
        assertThat(tree.root().toSexp()).isEqualTo(
                "(module (expression_statement (call function: (identifier) arguments: (argument_list (identifier) (integer)))))");
        SyntaxNode call = tree.nodesOfKind("call").get(0);
        assertThat(call.text()).isEqualTo("print(x, 1)");
        assertThat(call.startLine()).isEqualTo(1);
        assertThat(call.startColumn()).isEqualTo(1);
        assertThat(call.endColumn()).isEqualTo(12);
        assertThat(call.childByField("function").text()).isEqualTo("print");
        assertThat(call.parent().kind()).isEqualTo("expression_statement");
        assertThat(tree.hasSyntaxErrors()).isFalse();
    }

    @Test
    void mapsOffsetsToCharsWithNonAsciiText() {
        String text = "s = 'héllo 😀 wörld'\nprint(ünïcode)\n";
        SyntaxTree tree = parser.parse(text, SourceLanguage.PYTHON);
        SyntaxNode call = tree.nodesOfKind("call").get(0);
        assertThat(call.text()).isEqualTo("print(ünïcode)");
        assertThat(call.startLine()).isEqualTo(2);
        assertThat(call.startColumn()).isEqualTo(1);
        SyntaxNode string = tree.nodesOfKind("string").get(0);
        assertThat(string.text()).isEqualTo("'héllo 😀 wörld'");
        assertThat(tree.nodesOfKind("identifier").get(1).text()).isEqualTo("print");
    }

    @Test
    void handlesNulCharacters() {
        String text = "a = '\0x'\nb = 1\n";
        SyntaxTree tree = parser.parse(text, SourceLanguage.PYTHON);
        assertThat(tree.nodesOfKind("integer").get(0).text()).isEqualTo("1");
    }

    @Test
    void keepsIntactPartsOfAFileWithSyntaxErrors() {
        SyntaxTree tree = parser.parse("def f(:\n    pass\nprint(1)\n", SourceLanguage.PYTHON);
        assertThat(tree.hasSyntaxErrors()).isTrue();
        assertThat(tree.firstError()).isNotNull();
        assertThat(tree.nodesOfKind("call")).extracting(SyntaxNode::text).contains("print(1)");
    }

    @Test
    void mapsOffsetsAfterUnpairedSurrogates() {
        String text = "s = '\uD800'\nt = '\uDC00\uDC00'\nprint(1)\n";
        SyntaxTree tree = parser.parse(text, SourceLanguage.PYTHON);
        assertThat(tree.nodesOfKind("call").get(0).text()).isEqualTo("print(1)");
    }

    @Test
    void parsesTsxWithJsxAndTypes() {
        SyntaxTree tree = parser.parse("""
                const App = ({ n }: { n: number }) => <div>{n as number}</div>;
                console.log("x", y);
                """, SourceLanguage.TSX);
        assertThat(tree.hasSyntaxErrors()).isFalse();
        assertThat(tree.nodesOfKind("call_expression")).extracting(SyntaxNode::text).contains("console.log(\"x\", y)");
        assertThat(tree.language()).isEqualTo(SourceLanguage.TSX);
    }

    @Test
    void parsesEveryLanguage() {
        assertThat(parser.parse("class A { void f() { g(1); } }", SourceLanguage.JAVA).hasSyntaxErrors()).isFalse();
        assertThat(parser.parse("package p\nfunc f() { g(1) }\n", SourceLanguage.GO).hasSyntaxErrors()).isFalse();
        assertThat(parser.parse("let x: number = f(1);", SourceLanguage.TYPESCRIPT).hasSyntaxErrors()).isFalse();
        assertThat(parser.parse("let x = f(1);", SourceLanguage.JAVASCRIPT).hasSyntaxErrors()).isFalse();
        assertThat(parser.parse("", SourceLanguage.PYTHON).root().kind()).isEqualTo("module");
    }

    @Test
    void refusesUseFromAnotherThread() {
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> parser.parse("x", SourceLanguage.PYTHON));
        assertThatThrownBy(other::get).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void convertsDeeplyNestedCodeWithoutRecursion() {
        String text = "x = " + "(".repeat(3000) + "1" + ")".repeat(3000) + "\n";
        SyntaxTree tree = parser.parse(text, SourceLanguage.PYTHON);
        assertThat(tree.nodesOfKind("integer")).hasSize(1);
    }

    @Test
    void runsNativeQueriesDuringTheParse() {
        NativeQuery query = NativeQuery.compile(
                "((call function: (identifier) @f) @match (#eq? @f \"print\"))", SourceLanguage.PYTHON);
        SyntaxTree tree = parser.parse("print(1)\nlog(2)\nself.print(3)\n", SourceLanguage.PYTHON,
                java.util.List.of(query));
        assertThat(tree.queryHits(query)).extracting(h -> h.node().text()).containsExactly("print(1)");
        assertThat(tree.queryHits(query).get(0).captures().get("f").get(0).text()).isEqualTo("print");
    }

    @Test
    void rejectsInvalidQueries() {
        assertThatThrownBy(() -> NativeQuery.compile("(call (nonsense_kind))", SourceLanguage.PYTHON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NativeQuery.compile("((identifier) @x (#weird? @x))", SourceLanguage.PYTHON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weird");
    }
}
