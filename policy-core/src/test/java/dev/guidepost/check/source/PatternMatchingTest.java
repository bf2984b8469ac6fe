package dev.guidepost.check.source;

import static dev.guidepost.check.source.Rules.find;
import static dev.guidepost.check.source.Rules.lines;
import static dev.guidepost.check.source.Rules.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternMatchingTest {

    private static final String PRINT = "pattern: print($$$ARGS)";

    @Test
    void matchesPrintCallsWithAnyArguments() {
        assertThat(texts(PRINT, "print()\nprint(1, 2, sep='')\nx = print('a')\n"))
                .containsExactly("print()", "print(1, 2, sep='')", "print('a')");
    }

    @Test
    void doesNotMatchMethodsNamedPrint() {
        assertThat(texts(PRINT, "self.print(x)\nobj.print()\nlogger.print.x(1)\n")).isEmpty();
    }

    @Test
    void doesNotMatchPrintInStringsOrComments() {
        assertThat(texts(PRINT, "s = 'print(1)'\n# print(2)\n\"\"\"print(3)\"\"\"\nf'{x} print(y)'\n")).isEmpty();
    }

    @Test
    void findsPrintInNestedFunctionsAndReportsPositions() {
        List<SourceMatch> matches = find(PRINT, SourceLanguage.PYTHON,
                "def outer():\n    def inner():\n        print(  'x' )\n    return inner\n");
        assertThat(matches).hasSize(1);
        SourceMatch match = matches.get(0);
        assertThat(match.startLine()).isEqualTo(3);
        assertThat(match.startColumn()).isEqualTo(9);
        assertThat(match.endLine()).isEqualTo(3);
        assertThat(match.endColumn()).isEqualTo(22);
        assertThat(match.text("ARGS")).isEqualTo("'x'");
    }

    @Test
    void ignoresWhitespaceCommentsAndTrailingCommas() {
        String code = "print(\n    a,  # first\n    b,\n)\n";
        assertThat(texts("pattern: print($A, $B)", code)).hasSize(1);
        assertThat(texts("pattern: print(a,b)", code)).hasSize(1);
    }

    @Test
    void distinguishesOperators() {
        assertThat(texts("pattern: $A + $B", "x = a + b\ny = a - b\n")).containsExactly("a + b");
        assertThat(texts("pattern: not $X", "if not x: pass\nif x: pass\n")).containsExactly("not x");
    }

    @Test
    void repeatedMetavariableMustMatchSameText() {
        assertThat(texts("pattern: $X == $X", "a == a\na == b\nf(1) == f(1)\n")).containsExactly("a == a", "f(1) == f(1)");
    }

    @Test
    void singleMetavariableMatchesExactlyOneNode() {
        assertThat(texts("pattern: f($X)", "f()\nf(1)\nf(1, 2)\nf(g(3))\n")).containsExactly("f(1)", "f(g(3))");
    }

    @Test
    void sequenceMetavariableAbsorbsAroundFixedArguments() {
        assertThat(texts("pattern: f($$$, target, $$$)", "f(target)\nf(1, target, 2)\nf(1, 2)\n"))
                .containsExactly("f(target)", "f(1, target, 2)");
    }

    @Test
    void keywordArgumentsMatchInAnyOrder() {
        assertThat(texts("pattern: f(a=$X, b=2)", "f(b=2, a=1)\nf(a=1, b=2)\nf(a=1)\n"))
                .containsExactly("f(b=2, a=1)", "f(a=1, b=2)");
    }

    @Test
    void extraKeywordArgumentsNeedASequenceMetavariable() {
        assertThat(texts("pattern: f(a=$X)", "f(b=1, a=2)\n")).isEmpty();
        assertThat(texts("pattern: f($$$, a=$X)", "f(b=1, a=2)\nf(0, a=2)\nf(b=1)\n"))
                .containsExactly("f(b=1, a=2)", "f(0, a=2)");
    }

    @Test
    void matchesAttributeChains() {
        String code = "signals.post_save.connect(handler, sender=Order)\npost_save.connect(h)\n";
        assertThat(texts("pattern: $SIGNAL.connect($$$ARGS)", code)).hasSize(2);
        assertThat(texts("pattern: signals.post_save.connect($$$)", code)).hasSize(1);
        assertThat(find("pattern: $SIGNAL.connect($$$ARGS)", SourceLanguage.PYTHON, code).get(0).text("SIGNAL"))
                .isEqualTo("signals.post_save");
    }

    @Test
    void assignmentPatternAlsoMatchesKeywordArguments() {
        assertThat(texts("pattern: dispatch_uid=$UID", "x.connect(h, dispatch_uid='a')\ndispatch_uid = 'b'\n"))
                .containsExactly("dispatch_uid='a'", "dispatch_uid = 'b'");
    }

    @Test
    void matchesStatementsWithBodies() {
        String code = "try:\n    f()\nexcept:\n    pass\ntry:\n    g()\nexcept ValueError:\n    pass\n";
        assertThat(texts("pattern: |\n  try:\n      $$$BODY\n  except:\n      $$$HANDLER\n", code)).hasSize(1);
    }

    @Test
    void matchesDecoratedClasses() {
        String code = "@pytest.mark.django_db\nclass TestX:\n    pass\n\n@pytest.mark.django_db\ndef test_y():\n    pass\n";
        assertThat(lines("pattern: |\n  @pytest.mark.django_db\n  class $C:\n      $$$\n", code)).containsExactly(1);
    }

    @Test
    void contextAndSelectorMatchAFragment() {
        String rule = "pattern: {context: 'f(sender=$S)', selector: keyword_argument}";
        assertThat(texts(rule, "connect(h, sender=Order)\nx = 1\n")).containsExactly("sender=Order");
    }

    @Test
    void matchesTypeScriptAndTsx() {
        String rule = "pattern: console.log($$$ARGS)";
        assertThat(find(rule, SourceLanguage.TYPESCRIPT, "const y: number = 1;\nconsole.log(\"x\", y);\nconsole.error(y);\n"))
                .extracting(m -> m.node().text()).containsExactly("console.log(\"x\", y)");
        assertThat(find(rule, SourceLanguage.TSX,
                "export const App = (p: Props) => { console.log(\"x\", y); return <div>{p.x}</div>; };\n"))
                .extracting(m -> m.node().text()).containsExactly("console.log(\"x\", y)");
    }

    @Test
    void tsxRulesKnowJsxKinds() {
        assertThat(find("kind: jsx_element", SourceLanguage.TSX, "const A = () => <div>hi</div>;\n"))
                .extracting(m -> m.node().text()).containsExactly("<div>hi</div>");
    }

    @Test
    void matchesJavaAndGo() {
        assertThat(find("pattern: System.out.println($X)", SourceLanguage.JAVA,
                "class A { void f() { System.out.println(1); System.err.println(2); } }"))
                .extracting(m -> m.text("X")).containsExactly("1");
        assertThat(find("pattern: fmt.Println($$$A)", SourceLanguage.GO,
                "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"a\", 1); log.Println(2) }\n"))
                .hasSize(1);
    }

    @Test
    void matchesWhereTheTreeIsIntactInFilesWithSyntaxErrors() {
        String code = "def broken(:\n    pass\nprint('still found')\n";
        assertThat(texts(PRINT, code)).containsExactly("print('still found')");
    }

    @Test
    void interpolatesMetavariablesIntoMessages() {
        SourceMatch match = find("pattern: $SIGNAL.connect($$$ARGS)", SourceLanguage.PYTHON,
                "post_save.connect(h, sender=X)\n").get(0);
        assertThat(match.interpolate("connect on $SIGNAL with $$$ARGS; $MISSING stays"))
                .isEqualTo("connect on post_save with h, sender=X; $MISSING stays");
    }
}
