package dev.guidepost.check.source;

import static dev.guidepost.check.source.Rules.find;
import static dev.guidepost.check.source.Rules.lines;
import static dev.guidepost.check.source.Rules.problems;
import static dev.guidepost.check.source.Rules.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleOperatorsTest {

    // tree-sitter-python 0.23 gives the caught expression no field: a bare except has only its block
    private static final String BARE_EXCEPT = """
            kind: except_clause
            not:
              has: { not: { kind: block } }
            """;

    @Test
    void kindMatchesNodesOfThatKind() {
        assertThat(texts("kind: decorator", "@a\n@b.c(1)\ndef f(): pass\n")).containsExactly("@a", "@b.c(1)");
    }

    @Test
    void regexSearchesTheNodeText() {
        assertThat(texts("{kind: identifier, regex: '^get_'}", "get_x = get_y + fetch_get_z\n"))
                .containsExactly("get_x", "get_y");
    }

    @Test
    void flagsBareExceptEvenInsideNestedFunctions() {
        String code = """
                def outer():
                    def inner():
                        try:
                            pass
                        except:
                            pass  # nothing
                    try:
                        pass
                    except ValueError:
                        pass
                """;
        assertThat(lines(BARE_EXCEPT, code)).containsExactly(5);
    }

    @Test
    void hasWithFieldLooksAtThatChildOnly() {
        String rule = "{kind: call, has: {field: function, regex: '^print$'}}";
        assertThat(texts(rule, "print(x)\nlog(print)\n")).containsExactly("print(x)");
    }

    @Test
    void hasDefaultsToDirectChildrenAndStopByEndSearchesDeeper() {
        String code = "f(g(dispatch_uid='x'))\n";
        assertThat(texts("{kind: call, has: {kind: keyword_argument}}", code)).isEmpty();
        assertThat(texts("{kind: call, has: {kind: keyword_argument, stopBy: end}}", code))
                .containsExactly("f(g(dispatch_uid='x'))", "g(dispatch_uid='x')");
    }

    @Test
    void insideDefaultsToTheParentAndStopByEndToAnyAncestor() {
        String code = "def f():\n    if x:\n        print(1)\nprint(2)\n";
        assertThat(lines("{pattern: print($$$), inside: {kind: function_definition}}", code)).isEmpty();
        assertThat(lines("{pattern: print($$$), inside: {kind: function_definition, stopBy: end}}", code))
                .containsExactly(3);
        assertThat(lines("{pattern: print($$$), not: {inside: {kind: function_definition, stopBy: end}}}", code))
                .containsExactly(4);
    }

    /**
     * A rule that names its node's parent ({@code inside} without {@code stopBy}) is tried on the
     * children of the parents alone; it finds what trying every node finds, in document order.
     */
    @Test
    void insideTheParentFindsTheSameNodesInTheSameOrder() {
        String code = "class A:\n    class B:\n        def f(self): pass\n    def g(self): pass\nclass C(A): pass\n"
                + "def h():\n    class D: pass\n    return D\n";
        assertThat(texts("{kind: identifier, inside: {kind: class_definition, field: name}}", code))
                .containsExactly("A", "B", "C", "D");
        // no root kind: every named child of a block, outer ones before the ones nested in them
        assertThat(texts("{inside: {kind: block}, regex: '^(class|def|return)'}", code)).containsExactly(
                "class B:\n        def f(self): pass", "def f(self): pass", "def g(self): pass", "class D: pass",
                "return D");
        // two parent kinds, and a node spanning the same text as its child (expression_statement, call)
        assertThat(texts("{inside: {any: [{kind: module}, {kind: block}]}, regex: '^print'}",
                "print(1)\nif x:\n    print(2)\n")).containsExactly("print(1)", "print(2)");
        assertThat(texts("{regex: '^print', inside: {kind: expression_statement}}", "print(1)\n"))
                .containsExactly("print(1)");
    }

    @Test
    void insideWithFieldChecksWhichSideOfTheAncestor() {
        String code = "class A(Base):\n    x = Base\n";
        assertThat(lines("{regex: '^Base$', kind: identifier, inside: {field: superclasses, kind: class_definition, stopBy: end}}",
                code)).containsExactly(1);
    }

    @Test
    void stopByRuleBoundsTheSearch() {
        String code = "def f():\n    def g():\n        print(1)\n";
        String rule = "{pattern: print($$$), inside: {kind: function_definition, regex: '^def f', stopBy: {kind: function_definition}}}";
        assertThat(lines(rule, code)).isEmpty();
    }

    @Test
    void followsAndPrecedesLookAtSiblings() {
        String code = "import os\nx = 1\ny = 2\n";
        assertThat(texts("{kind: expression_statement, follows: {kind: import_statement}}", code)).containsExactly("x = 1");
        assertThat(texts("{kind: expression_statement, follows: {kind: import_statement, stopBy: end}}", code))
                .containsExactly("x = 1", "y = 2");
        assertThat(texts("{kind: expression_statement, precedes: {has: {pattern: 'y = $V'}}}", code)).containsExactly("x = 1");
    }

    @Test
    void allAnyAndNotCompose() {
        String code = "a.save()\nb.delete()\nc.save(commit=False)\n";
        assertThat(texts("any: [{pattern: $X.save()}, {pattern: $X.delete()}]", code)).containsExactly("a.save()", "b.delete()");
        assertThat(texts("all: [{pattern: $X.save($$$)}, {not: {regex: commit}}]", code)).containsExactly("a.save()");
    }

    @Test
    void flagsSignalConnectAtModuleLevelWithoutDispatchUid() {
        String connect = """
                all:
                  - kind: call
                  - has: {field: function, kind: attribute, has: {field: attribute, regex: '^connect$'}}
                  - any:
                      - has: {field: function, has: {field: object, regex: '(^|\\.)(post_save|pre_save)$|signal'}}
                      - has: {field: arguments, has: {kind: keyword_argument, has: {field: name, regex: '^(sender|dispatch_uid)$'}}}
                """;
        String code = """
                from django.db.models.signals import post_save
                post_save.connect(on_save, sender=Order)
                signals.post_save.connect(on_save, dispatch_uid="x")
                button.connect(on_click)
                class OrdersConfig(AppConfig):
                    def ready(self):
                        post_save.connect(on_save, sender=Order, dispatch_uid="orders")
                """;
        assertThat(lines(connect + "not: {inside: {kind: function_definition, stopBy: end}}\n", code)).containsExactly(2, 3);
        assertThat(lines(connect + "not: {has: {pattern: dispatch_uid=$U, stopBy: end}}\n", code)).containsExactly(2);
    }

    @Test
    void flagsClassLevelDjangoDbMarks() {
        String decorator = """
                kind: decorator
                any:
                  - has: { pattern: pytest.mark.django_db }
                  - has: { pattern: pytest.mark.django_db($$$ARGS) }
                inside:
                  kind: decorated_definition
                  has: { field: definition, kind: class_definition }
                """;
        String pytestmark = """
                pattern: pytestmark = $MARKS
                inside: {kind: expression_statement, inside: {kind: block, inside: {kind: class_definition}}}
                has: {field: right, regex: 'django_db', stopBy: end}
                """;
        String code = """
                @pytest.mark.django_db
                class TestA:
                    pytestmark = [pytest.mark.django_db]
                @pytest.mark.django_db(transaction=True)
                def test_b():
                    pass
                pytestmark = [pytest.mark.django_db]
                """;
        assertThat(lines(decorator, code)).containsExactly(1);
        assertThat(lines(pytestmark, code)).containsExactly(3);
    }

    @Test
    void flagsModelSerializerMetaDepth() {
        String rule = """
                kind: assignment
                has: { field: left, regex: '^depth$' }
                inside:
                  kind: expression_statement
                  inside:
                    kind: block
                    inside:
                      kind: class_definition
                      has: { field: name, regex: '^Meta$' }
                      inside:
                        kind: block
                        inside: { kind: class_definition, has: { field: superclasses, regex: 'ModelSerializer' } }
                """;
        String code = """
                class A(serializers.ModelSerializer):
                    class Meta:
                        depth = 2
                class B(Form):
                    class Meta:
                        depth = 1
                """;
        assertThat(lines(rule, code)).containsExactly(3);
    }

    @Test
    void whereConstrainsMetavariables() {
        String rule = "{pattern: '$F($$$ARGS)', where: {F: {regex: '^(eval|exec)$'}, ARGS: {regex: 'input'}}}";
        assertThat(texts(rule, "eval(input())\nexec('x')\nprint(input())\n")).containsExactly("eval(input())");
        assertThat(texts("{pattern: '$F($X)', where: {X: {kind: call}}}", "f(g())\nf(1)\n")).containsExactly("f(g())");
    }

    @Test
    void whereHoldsAlongsideRelationsWhetherTheirMetavariablesComeFromThePatternOrFromARelation() {
        String code = "with db.cursor() as c:\n    c.execute(q)\n    c.close()\nd.execute(q)\n";
        // every constrained name bound by the pattern: the constraint is tested before the relations
        String early = "{pattern: '$C.$RUN($$$)', where: {RUN: {regex: '^execute$'}, C: {kind: identifier}},"
                + " inside: {stopBy: end, kind: with_statement, has: {stopBy: end, kind: as_pattern,"
                + " has: {field: alias, pattern: $C}}}}";
        assertThat(texts(early, code)).containsExactly("c.execute(q)");
        // W bound only by the relation: the constraint must still see it
        String late = "{pattern: '$C.execute($$$)', has: {field: arguments, has: {pattern: $W}},"
                + " where: {W: {regex: '^q$'}}}";
        assertThat(texts(late, code)).containsExactly("c.execute(q)", "d.execute(q)");
    }

    @Test
    void queryEscapeHatchRunsOnTheNativeTree() {
        String rule = """
                query: '((call function: (attribute attribute: (identifier) @m)) @match (#match? @m "^(raw|extra)$"))'
                """;
        var matches = find(rule, SourceLanguage.PYTHON, "User.objects.raw('x')\nUser.objects.filter(a=1)\n");
        assertThat(matches).extracting(m -> m.node().text()).containsExactly("User.objects.raw('x')");
        assertThat(matches.get(0).text("m")).isEqualTo("raw");
        assertThat(texts("{query: '(call) @match', not: {pattern: 'print($$$)'}}", "print(1)\nlog(2)\n")).containsExactly("log(2)");
    }

    @Test
    void reportsUnknownKeysKindsAndFieldsWithSuggestions() {
        assertThat(problems("patern: print($X)")).singleElement().asString()
                .contains("policy.yaml:1:1").contains("unknown rule key 'patern'").contains("did you mean 'pattern'");
        assertThat(problems("kind: except_clase")).singleElement().asString().contains("did you mean 'except_clause'");
        assertThat(problems("has: {field: argumnts, kind: call}")).singleElement().asString().contains("'arguments'");
        assertThat(problems("field: name")).singleElement().asString().contains("only inside has/inside");
        assertThat(problems("matches: django-signal-connect")).singleElement().asString().contains("define it under 'utils:'");
        assertThat(problems("utils: {}")).singleElement().asString().contains("at the rule's level");
    }

    @Test
    void reportsInvalidPatternsRegexesQueriesAndShapes() {
        assertThat(problems("pattern: 'def ('")).singleElement().asString().contains("not a single valid python");
        assertThat(problems("regex: '(unclosed'")).singleElement().asString().contains("invalid regex");
        assertThat(problems("query: '(call'")).singleElement().asString().contains("query");
        assertThat(problems("all: {kind: call}")).singleElement().asString().contains("list of rules");
        assertThat(problems("has: {kind: call, stopBy: sometimes}")).singleElement().asString().contains("neighbor, end");
        assertThat(problems("{}")).singleElement().asString().contains("empty rule");
        assertThat(problems("where: {lower: {regex: x}}")).singleElement().asString().contains("not a metavariable");
        assertThat(problems("any: [{kind: nope}, {regex: '('}]")).hasSize(2);
    }

    @Test
    void acceptsLanguageNamesAndRejectsUnknownOnes() {
        var problems = new dev.guidepost.policy.Problems();
        var body = (dev.guidepost.policy.YamlNode.Mapping) dev.guidepost.policy.YamlReader
                .read("p.yaml", "kind: call", problems).orElseThrow();
        assertThat(SourceRuleCompiler.compile(body, "pyhton", problems)).isNull();
        assertThat(problems.list()).singleElement().asString().contains("did you mean 'python'");
        assertThat(SourceLanguage.forPath("src/app/page.tsx")).contains(SourceLanguage.TSX);
        assertThat(SourceLanguage.forPath("Makefile")).isEmpty();
    }
}
