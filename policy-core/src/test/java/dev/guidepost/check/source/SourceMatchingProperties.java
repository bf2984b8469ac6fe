package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class SourceMatchingProperties {

    /** A small Python expression, rendered compactly or with loose formatting. */
    sealed interface Expr permits Name, Num, Str, Call, Attr, BinOp {
        String render(boolean loose);
    }

    record Name(String name) implements Expr {
        public String render(boolean loose) {
            return name;
        }
    }

    record Num(int value) implements Expr {
        public String render(boolean loose) {
            return Integer.toString(value);
        }
    }

    record Str(String value) implements Expr {
        public String render(boolean loose) {
            return "'" + value + "'";
        }
    }

    record Attr(Expr object, String name) implements Expr {
        public String render(boolean loose) {
            return object.render(loose) + "." + name;
        }
    }

    record BinOp(Expr left, String op, Expr right) implements Expr {
        public String render(boolean loose) {
            return loose ? "(  " + left.render(true) + "   " + op + "\n " + right.render(true) + "  )"
                    : "(" + left.render(false) + " " + op + " " + right.render(false) + ")";
        }
    }

    record Call(Expr callee, List<Expr> args, List<String> keywords, List<Expr> values) implements Expr {
        public String render(boolean loose) {
            List<String> parts = new java.util.ArrayList<>();
            args.forEach(a -> parts.add(a.render(loose)));
            for (int i = 0; i < keywords.size(); i++) {
                parts.add(keywords.get(i) + (loose ? " = " : "=") + values.get(i).render(loose));
            }
            if (!loose) {
                return callee.render(false) + "(" + String.join(", ", parts) + ")";
            }
            if (parts.isEmpty()) {
                return callee.render(true) + "(  # nothing\n)";
            }
            return callee.render(true) + "(\n    " + parts.stream().collect(Collectors.joining(",  # note\n    ")) + ",\n)";
        }
    }

    @Provide
    Arbitrary<Expr> expressions() {
        return expr(3);
    }

    private Arbitrary<Expr> expr(int depth) {
        Arbitrary<Expr> leaf = Arbitraries.oneOf(
                Arbitraries.of("a", "b", "foo", "print", "self", "obj", "x1").map(Name::new),
                Arbitraries.integers().between(0, 99).map(Num::new),
                Arbitraries.of("s", "print(1)", "").map(Str::new));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Expr> inner = Arbitraries.lazy(() -> expr(depth - 1));
        Arbitrary<Expr> callee = Arbitraries.oneOf(
                Arbitraries.of("f", "print", "connect").map(Name::new),
                Combinators.combine(Arbitraries.of("self", "obj", "signals").map(Name::new), Arbitraries.of("print", "connect", "save"))
                        .as(Attr::new));
        Arbitrary<Expr> call = Combinators.combine(callee, inner.list().ofMaxSize(3),
                Arbitraries.of("k", "sep", "dispatch_uid").list().uniqueElements().ofMaxSize(2), inner.list().ofSize(2))
                .as((c, args, keys, values) -> (Expr) new Call(c, args, keys, values.subList(0, keys.size())));
        Arbitrary<Expr> attr = Combinators.combine(Arbitraries.oneOf(callee, call), Arbitraries.of("x", "post_save"))
                .as(Attr::new);
        Arbitrary<Expr> binop = Combinators.combine(inner, Arbitraries.of("+", "-", "*", "=="), inner).as(BinOp::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(3, call),
                net.jqwik.api.Tuple.of(1, attr), net.jqwik.api.Tuple.of(1, binop));
    }

    private static String patternRule(String code) {
        return "pattern: |\n  " + code.replace("\n", "\n  ") + "\n";
    }

    private static List<String> matchedTexts(String rule, String code) {
        return Rules.find(rule, SourceLanguage.PYTHON, code).stream().map(m -> m.node().text()).toList();
    }

    @Property(tries = 60)
    void aPatternMatchesTheCodeItWasWrittenFrom(@ForAll("expressions") Expr expr) {
        String code = expr.render(false);
        assertThat(matchedTexts(patternRule(code), "result = " + code + "\n")).contains(code);
    }

    @Property(tries = 60)
    void formattingDoesNotChangeWhatMatches(@ForAll("expressions") Expr expr) {
        String compact = expr.render(false);
        String loose = expr.render(true);
        assertThat(matchedTexts(patternRule(compact), "result = " + loose + "\n")).contains(loose);
        assertThat(matchedTexts(patternRule(loose), "result = " + compact + "\n")).contains(compact);
    }

    @Property(tries = 80)
    void prefilterNeverSkipsAFileThatMatches(@ForAll("expressions") Expr first, @ForAll("expressions") Expr second,
            @ForAll("expressions") Expr other, @ForAll("rules") String template, @ForAll boolean withFirst) {
        String a = first.render(false);
        String b = second.render(false);
        String rule = template.replace("@A@", block(a)).replace("@B@", block(b));
        String code = String.join("\n", withFirst ? a : "pass", other.render(true), "x = " + b) + "\n";
        SourceRule compiled = Rules.compile(rule, SourceLanguage.PYTHON);
        List<SourceMatch> matches;
        try (TreeSitterParser parser = new TreeSitterParser()) {
            matches = compiled.find(parser.parse(code, SourceLanguage.PYTHON));
        }
        if (!matches.isEmpty()) {
            assertThat(compiled.prefilter().mayMatch(code)).as("prefilter of %s on %s", rule, code).isTrue();
        }
    }

    private static String block(String code) {
        return "'" + code.replace("'", "''") + "'";
    }

    @Provide
    Arbitrary<String> rules() {
        return Arbitraries.of(
                "pattern: @A@",
                "{kind: call, has: {pattern: @A@, stopBy: end}}",
                "any: [{pattern: @A@}, {pattern: @B@}]",
                "all: [{pattern: @A@}, {not: {pattern: @B@}}]",
                "all: [{kind: call}, {any: [{pattern: @A@}, {regex: print}]}]",
                "{kind: identifier, inside: {pattern: @A@, stopBy: end}}",
                "{pattern: '$F($$$ARGS)', where: {F: {pattern: @B@}}}",
                "{pattern: '$X.connect($$$)', not: {has: {pattern: 'dispatch_uid=$U', stopBy: end}}}",
                "{pattern: 'print($$$)', inside: {kind: module}}");
    }

    /**
     * A {@code has} with {@code stopBy: end} over a large subtree searches the tree's nodes of the
     * inner rule's kinds instead of walking every node (from the node itself, children included, or
     * from each child in a field): the same matches, in the same order, with the same bindings as
     * the walk (forced here by an inner rule whose kinds are not known).
     */
    @Property(tries = 60)
    void aSearchByKindFindsWhatTheWalkFinds(@ForAll("expressions") Expr first, @ForAll("expressions") Expr second,
            @ForAll("expressions") Expr third, @ForAll("searches") net.jqwik.api.Tuple.Tuple2<String, String> search) {
        String code = module(first, second, third);
        String inner = search.get2().replace("@P@", block(second.render(false)));
        String indexed = search.get1().replace("@S@", "all: [" + inner + "]");
        String walked = search.get1().replace("@S@", "any: [" + inner + ", {not: {regex: '[\\s\\S]*'}}]");
        assertThat(describe(indexed, code)).as("%s on\n%s", indexed, code).isEqualTo(describe(walked, code));
    }

    /**
     * A rule whose matches must stand in a parent of known kinds ({@code inside} without
     * {@code stopBy}) tries only the nodes of its kinds under such parents: the same matches, in the
     * same order, as when every node of its kinds is tried (forced by a parent rule whose kinds are
     * not known).
     */
    @Property(tries = 60)
    void candidatesUnderTheParentAreEveryMatch(@ForAll("expressions") Expr first, @ForAll("expressions") Expr second,
            @ForAll("expressions") Expr third, @ForAll("rootKinds") String kinds, @ForAll("parents") String parent) {
        String code = module(first, second, third);
        String[] rule = parent.split("\\|", -1); // the parent's rule, and the field the match stands in
        String field = rule[1].isEmpty() ? "" : ", field: " + rule[1];
        String known = "{" + kinds + ", inside: {" + rule[0] + field + "}}";
        String unknown = "{" + kinds + ", inside: {any: [{" + rule[0] + "}, {not: {regex: '[\\s\\S]*'}}]" + field + "}}";
        assertThat(describe(known, code)).as("%s on\n%s", known, code).isEqualTo(describe(unknown, code));
    }

    @Provide
    Arbitrary<String> rootKinds() {
        return Arbitraries.of("kind: expression_statement", "kind: identifier",
                "any: [{kind: expression_statement}, {kind: function_definition}, {kind: class_definition}]",
                "any: [{kind: call}, {kind: identifier}, {kind: attribute}]",
                "any: [{kind: identifier}, {kind: block}, {kind: expression_statement}]");
    }

    @Provide
    Arbitrary<String> parents() {
        return Arbitraries.of("kind: block|", "kind: module|", "kind: argument_list|", "kind: call|arguments",
                "kind: function_definition|name", "any: [{kind: block}, {kind: module}]|", "kind: assignment|left",
                "kind: attribute|object");
    }

    /** A module of twelve statements made of the expressions: assignments, functions and classes with long bodies. */
    private static String module(Expr first, Expr second, Expr third) {
        List<String> statements = new java.util.ArrayList<>();
        Expr[] exprs = {first, second, third};
        // comments make bodies long enough for the search by kind (Has.INDEXED_SPAN chars)
        String notes = ("# " + "-".repeat(70) + "\n").repeat(8);
        for (int i = 0; i < 12; i++) {
            String code = exprs[i % 3].render(i % 2 == 0);
            statements.add(switch (i % 4) {
                case 0 -> "x" + i + " = " + code;
                case 1 -> "def f" + i + "(a, b):\n    " + notes.replace("\n", "\n    ") + "return "
                        + code.replace("\n", "\n    ");
                case 2 -> "class C" + i + ":\n    " + notes.replace("\n", "\n    ") + "def m(self):\n        "
                        + code.replace("\n", "\n        ");
                default -> code;
            });
        }
        return String.join("\n", statements) + "\n";
    }

    private static List<String> describe(String rule, String code) {
        return Rules.find(rule, SourceLanguage.PYTHON, code).stream()
                .map(m -> m.node().startOffset() + ":" + m.node().text() + " " + m.captures().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().stream().map(n -> n.startOffset() + n.text()).toList())
                        .sorted().toList())
                .toList();
    }

    /** A rule searching with {@code has} (its search at {@code @S@}) and an inner rule (a pattern at {@code @P@}). */
    @Provide
    Arbitrary<net.jqwik.api.Tuple.Tuple2<String, String>> searches() {
        Arbitrary<String> outer = Arbitraries.of(
                "{kind: module, has: {stopBy: end, @S@}}",
                "{kind: function_definition, has: {stopBy: end, field: body, @S@}}",
                "{kind: class_definition, has: {stopBy: end, @S@}}");
        Arbitrary<String> inner = Arbitraries.of(
                "{kind: call}",
                "{kind: call, pattern: '$F($$$ARGS)'}",
                "{pattern: @P@}",
                "{kind: identifier, pattern: $N}",
                "{any: [{kind: identifier, pattern: $N}, {kind: attribute}]}",
                "{any: [{kind: call}, {kind: identifier, regex: '^(a|self|obj)$'}, {kind: expression_statement}]}",
                "{kind: call, has: {stopBy: end, kind: identifier, pattern: $N}}");
        return Combinators.combine(outer, inner).as(net.jqwik.api.Tuple::of);
    }

    @Property(tries = 150)
    void parserNeverThrowsOnArbitraryText(@ForAll @StringLength(max = 120) String text) {
        try (TreeSitterParser parser = new TreeSitterParser()) {
            for (SourceLanguage language : SourceLanguage.values()) {
                SyntaxTree tree = parser.parse(text, language);
                assertThat(tree.root().endOffset()).isLessThanOrEqualTo(text.length());
                for (SyntaxNode node : tree.namedNodes()) {
                    assertThat(node.startOffset()).isBetween(0, node.endOffset());
                    node.startLine();
                    node.endColumn();
                }
            }
        }
    }
}
