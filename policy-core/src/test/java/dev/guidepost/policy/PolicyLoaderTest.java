package dev.guidepost.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {

    private static final PolicyLoader LOADER = new PolicyLoader(Set.of("source", "markdown", "settings", "layout"));

    @TempDir
    Path dir;

    private Policy load(String yaml) throws IOException {
        Path file = dir.resolve("guidepost.yaml");
        Files.writeString(file, yaml);
        return LOADER.load(new PolicySource.File(file, "guidepost.yaml"));
    }

    private List<PolicyProblem> problems(String yaml) {
        try {
            load(yaml);
        } catch (PolicyException e) {
            return e.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected policy problems");
    }

    @Test
    void loadsRulesWithDefaultsAndScopes() throws IOException {
        Policy policy = load("""
                guidepost: 1
                name: acme
                scopes:
                  tests: ["**/tests/**"]
                  production: { language: python, not: tests }
                rules:
                  - id: acme/no-console
                    target: source
                    in: production
                    pattern: "print($X)"
                """);
        assertThat(policy.name()).isEqualTo("acme");
        RuleDefinition rule = policy.rule("acme/no-console").orElseThrow();
        assertThat(rule.severity()).isEqualTo(Severity.ERROR);
        assertThat(rule.title()).isEqualTo("acme/no-console");
        assertThat(rule.options().has("pattern")).isTrue();
        assertThat(rule.options().has("in")).isFalse();
        assertThat(rule.selector().matches("app/views.py", "python")).isTrue();
        assertThat(rule.selector().matches("app/tests/test_views.py", "python")).isFalse();
        assertThat(rule.selector().matches("web/app.ts", "typescript")).isFalse();
    }

    @Test
    void reportsFiveMistakesAtOnceWithTheirPlaces() {
        List<PolicyProblem> problems = problems("""
                guidepost: 1
                rulez: []
                rules:
                  - id: acme/a
                    target: sourse
                  - id: acme/b
                    target: markdown
                    severity: fatal
                    files: ["src/**a**"]
                  - id: acme/c
                    target: markdown
                    in: prod
                overrides:
                  acme/zz: off
                """);
        assertThat(problems).extracting(p -> p.position().line() + ":" + p.position().column())
                .containsExactly("2:1", "5:13", "8:15", "9:13", "12:9", "14:3");
        assertThat(problems.get(0).message()).contains("unknown key 'rulez'", "did you mean 'rules'");
        assertThat(problems.get(1).message()).contains("unknown target 'sourse'", "did you mean 'source'");
        assertThat(problems.get(2).message()).contains("unknown severity 'fatal'");
        assertThat(problems.get(3).message()).contains("'**' must be a whole path segment");
        assertThat(problems.get(4).message()).contains("unknown scope 'prod'");
        assertThat(problems.get(5).message()).contains("override of unknown rule 'acme/zz'");
        assertThat(problems).allSatisfy(p -> assertThat(p.position().file()).isEqualTo("guidepost.yaml"));
    }

    @Test
    void laterDefinitionsWinAndOverridesApply() throws IOException {
        Files.writeString(dir.resolve("base.yaml"), """
                guidepost: 1
                rules:
                  - id: base/one
                    target: source
                    severity: warning
                  - id: base/two
                    target: source
                """);
        Policy policy = load("""
                guidepost: 1
                extends: [base.yaml]
                overrides:
                  base/one: { severity: info, exclude: ["scripts/**"] }
                  base/two: off
                """);
        assertThat(policy.rules()).extracting(RuleDefinition::id).containsExactly("base/one");
        RuleDefinition one = policy.rule("base/one").orElseThrow();
        assertThat(one.severity()).isEqualTo(Severity.INFO);
        assertThat(one.selector().matches("scripts/x.py", "python")).isFalse();
        assertThat(one.selector().matches("app/x.py", "python")).isTrue();
    }

    @Test
    void reportsCyclesInExtends() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "guidepost: 1\nextends: [guidepost.yaml]\n");
        List<PolicyProblem> problems = problems("guidepost: 1\nextends: [a.yaml]\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("cycle in 'extends'");
            assertThat(p.position().file()).isEqualTo("a.yaml");
            assertThat(p.position().line()).isEqualTo(2);
        });
    }

    @Test
    void reportsInvalidYamlWithItsPosition() {
        List<PolicyProblem> problems = problems("guidepost: 1\nrules:\n  - id: [unclosed\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("invalid YAML");
            assertThat(p.position().line()).isGreaterThan(0);
        });
    }

    @Test
    void indentationMistakesAreExplainedWithTheLineAbove() {
        PolicyProblem dedented = problems("""
                guidepost: 1
                rules:
                  - id: acme/a
                    target: source
                   message: hi
                """).get(0);
        assertThat(dedented.position().line()).isEqualTo(5);
        assertThat(dedented.message()).startsWith("invalid YAML: indentation: line 5 starts at column 4")
                .contains("line 4, 'target: source'").doesNotContain("<block end>");

        PolicyProblem deeper = problems("""
                guidepost: 1
                rules:
                  - id: acme/a
                    target: source
                      message: hi
                """).get(0);
        assertThat(deeper.position().line()).isEqualTo(5);
        assertThat(deeper.message()).contains("indented further (column 7) than the line above (line 4, "
                + "'target: source')", "indent it to column 5");

        PolicyProblem tab = problems("guidepost: 1\nrules:\n\t- id: acme/a\n").get(0);
        assertThat(tab.message()).contains("spaces only");
    }

    @Test
    void aRepeatedRuleIdHidesNoOtherMistake() {
        List<PolicyProblem> problems = problems("""
                guidepost: 1
                rules:
                  - id: acme/a
                    target: source
                  - id: acme/a
                    target: layout
                    severity: fatal
                  - id: acme/b
                    target: sourse
                """);
        assertThat(problems).extracting(PolicyProblem::message).anyMatch(m -> m.contains("defined twice"))
                .anyMatch(m -> m.contains("unknown severity 'fatal'"))
                .anyMatch(m -> m.contains("unknown target 'sourse'"));
    }

    @Test
    void aMissingPolicyFileSaysWhereItLookedAndNamesTheNearFile() throws IOException {
        Files.writeString(dir.resolve("guidepost.yaml"), "guidepost: 1\n");
        Problems problems = new Problems();
        LOADER.load(PolicySource.of("guidepost.yml", dir), problems);
        assertThat(problems.list()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("'guidepost.yml' not found", "looked for " + dir.resolve("guidepost.yml"),
                        "relative to " + dir, "did you mean 'guidepost.yaml'?"));
    }

    @Test
    void refusesDuplicateKeysAndMissingVersion() {
        assertThat(problems("guidepost: 1\nname: a\nname: b\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("duplicate key"));
        assertThat(problems("name: a\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("guidepost: 1"));
    }

    @Test
    void refusesAliasBombs() {
        StringBuilder yaml = new StringBuilder("guidepost: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThat(problems(yaml.toString())).isNotEmpty();
    }

    @Test
    void unknownBuiltinPackHasADidYouMean() {
        assertThatThrownBy(() -> load("guidepost: 1\nextends: [builtin:djnago]\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("did you mean 'django'");
    }

    @Test
    void builtinPacksLoad() {
        Policy policy = LOADER.load(new PolicySource.Builtin("django"));
        assertThat(policy.scopes()).containsKeys("tests", "production");
        assertThat(policy.scopes().get("production").matches("apps/users/views.py", "python")).isTrue();
        assertThat(policy.scopes().get("production").matches("apps/users/tests/test_views.py", "python")).isFalse();
        assertThat(policy.scopes().get("production").matches("apps/users/migrations/0001_initial.py", "python")).isFalse();
    }
}
