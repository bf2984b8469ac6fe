package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.Problems;
import dev.guidepost.policy.YamlNode;
import dev.guidepost.policy.YamlReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code utils:} and {@code matches:}: named rule parts, recursion through them, their own metavariables. */
class UtilityRulesTest {

    private static final String MODEL_UTILS = """
            django-model:
              kind: class_definition
              any:
                - has: { field: superclasses, has: { regex: '^(models\\.)?Model$' } }
                - has: { field: superclasses, has: { kind: identifier, pattern: $BASE } }
                  inside:
                    stopBy: end
                    kind: module
                    has: { kind: class_definition, has: { field: name, pattern: $BASE }, matches: django-model }
            """;

    private static final String MODELS = """
            class Base(models.Model): pass
            class Middle(Base): pass
            class Leaf(Middle): pass
            class Other(Imported): pass
            class Loop(Loop): pass
            class A(B): pass
            class B(A): pass
            """;

    private static SourceRule compile(String match, String utils, Problems problems) {
        YamlNode body = YamlReader.read("policy.yaml", match, problems).orElseThrow();
        YamlNode.Mapping utilities = utils == null ? null
                : (YamlNode.Mapping) YamlReader.read("policy.yaml", utils, problems).orElseThrow();
        return SourceRuleCompiler.compile((YamlNode.Mapping) body, utilities, SourceLanguage.PYTHON, problems);
    }

    private static List<String> classNames(String match, String utils, String code) {
        Problems problems = new Problems();
        SourceRule rule = compile(match, utils, problems);
        assertThat(problems.list()).isEmpty();
        try (TreeSitterParser parser = new TreeSitterParser()) {
            return rule.find(parser.parse(code, SourceLanguage.PYTHON, rule.nativeQueries())).stream()
                    .map(m -> m.node().text().replaceFirst("^class (\\w+)[\\s\\S]*", "$1")).toList();
        }
    }

    private static List<String> problems(String match, String utils) {
        Problems problems = new Problems();
        compile(match, utils, problems);
        return problems.list().stream().map(Object::toString).toList();
    }

    /**
     * A rule whose root is {@code matches} (or an {@code any} of them) is tried only on nodes of the
     * kinds its utility rules can match, and finds exactly what the utility bodies find in place.
     */
    @Test
    void aMatchesCallNarrowsTheCandidatesToItsUtilityRulesKinds() {
        String utils = """
                fn: { kind: function_definition, has: { field: name, regex: '^run' } }
                cls: { kind: class_definition, has: { field: name, regex: '^Run' } }
                named: { regex: '^run_b' }
                """;
        String code = "def run_a(): pass\nclass Runner: pass\ndef walk(): pass\nrun_b = 1\n";
        assertThat(rootKinds("matches: fn", utils)).containsExactly("function_definition");
        assertThat(rootKinds("any: [{matches: fn}, {matches: cls}]", utils))
                .containsExactlyInAnyOrder("function_definition", "class_definition");
        assertThat(rootKinds("any: [{matches: fn}, {matches: named}]", utils)).isNull();
        assertThat(classNames("any: [{matches: fn}, {matches: cls}]", utils, code))
                .containsExactly("def run_a(): pass", "Runner");
        assertThat(classNames("any: [{matches: fn}, {matches: named}]", utils, code))
                .containsExactly("def run_a(): pass", "run_b = 1", "run_b = 1", "run_b");
        // a utility calling itself: its kinds are not known while it is compiled, nothing is narrowed wrongly
        assertThat(classNames("matches: django-model", MODEL_UTILS, MODELS)).containsExactly("Base", "Middle", "Leaf");
    }

    private static java.util.Set<String> rootKinds(String match, String utils) {
        Problems problems = new Problems();
        SourceRule rule = compile(match, utils, problems);
        assertThat(problems.list()).isEmpty();
        return rule.rootKinds();
    }

    @Test
    void aUtilityRuleCallingItselfFollowsAChainOfBaseClasses() {
        assertThat(classNames("{matches: django-model}", MODEL_UTILS, MODELS)).containsExactly("Base", "Middle", "Leaf");
    }

    @Test
    void cyclesEndAtTheDepthLimitWithoutAMatch() {
        String code = "class Loop(Loop): pass\nclass A(B): pass\nclass B(A): pass\n";
        assertThat(classNames("{matches: django-model}", MODEL_UTILS, code)).isEmpty();
    }

    @Test
    void aCallCarriesTheUtilityRulesPrefilterThroughItsRecursion() {
        Problems problems = new Problems();
        SourceRule rule = compile("{matches: django-model}", MODEL_UTILS, problems);
        assertThat(problems.list()).isEmpty();
        // every chain of base classes ends at models.Model, so a file without 'Model' cannot match
        assertThat(rule.prefilter().mayMatch("class Leaf(Middle): pass\nclass Middle(Base): pass\n")).isFalse();
        assertThat(rule.prefilter().mayMatch(MODELS)).isTrue();
    }

    @Test
    void aUtilityRuleInsideACycleGivesNoPrefilterWhenCalledFromOutsideIt() {
        String utils = """
                a: { any: [{ kind: identifier, regex: '^Foo$' }, { kind: call, has: { field: function, matches: b } }] }
                b: { kind: attribute, has: { field: object, matches: a } }
                """;
        Problems problems = new Problems();
        SourceRule viaB = compile("{matches: b}", utils, problems);
        SourceRule viaBThenA = compile("{any: [{matches: b}, {matches: a}]}", utils, problems);
        assertThat(problems.list()).isEmpty();
        assertThat(viaB.prefilter().mayMatch("x.y")).isFalse();
        assertThat(viaB.prefilter().mayMatch("Foo.y")).isTrue();
        assertThat(viaBThenA.prefilter().mayMatch("x.y")).isTrue();
    }

    @Test
    void utilityRulesReferToEachOtherAndCombineWithOtherKeys() {
        String utils = MODEL_UTILS + """
                has-str:
                  has: { field: body, has: { kind: function_definition, has: { field: name, regex: '^__str__$' } } }
                """;
        String code = "class A(models.Model):\n    def __str__(self): return ''\nclass B(A): pass\nclass C: \n    def __str__(self): return ''\n";
        assertThat(classNames("{kind: class_definition, matches: django-model, not: {matches: has-str}}", utils, code))
                .containsExactly("B");
    }

    @Test
    void aUtilityRuleSeesNoneOfTheCallersMetavariablesAndBindsNoneForIt() {
        String utils = "named-x: { kind: identifier, pattern: $NAME, regex: '^x$' }";
        // $NAME is bound to 'f' by the pattern, yet the utility rule binds its own $NAME to 'x'
        Problems problems = new Problems();
        SourceRule rule = compile("{pattern: $NAME($$$ARGS), has: {field: arguments, has: {matches: named-x}}}", utils,
                problems);
        assertThat(problems.list()).isEmpty();
        try (TreeSitterParser parser = new TreeSitterParser()) {
            List<SourceMatch> matches = rule.find(parser.parse("f(x)\nf(y)\n", SourceLanguage.PYTHON, List.of()));
            assertThat(matches).hasSize(1);
            assertThat(matches.get(0).interpolate("$NAME")).isEqualTo("f");
        }
    }

    @Test
    void unknownNamesAreReportedWithTheDefinedOnes() {
        assertThat(problems("{matches: django-modle}", MODEL_UTILS))
                .singleElement().asString().contains("unknown utility rule 'django-modle'").contains("django-model");
        assertThat(problems("{matches: anything}", null))
                .singleElement().asString().contains("define it under 'utils:'");
    }

    @Test
    void mistakesInsideAUtilityRuleAreReportedEvenWhenUnused() {
        assertThat(problems("{kind: call}", "broken: { kind: not_a_kind }"))
                .singleElement().asString().contains("unknown python node kind 'not_a_kind'");
    }
}
