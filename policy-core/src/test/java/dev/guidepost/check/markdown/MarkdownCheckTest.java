package dev.guidepost.check.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.fixture.CheckHarness;
import dev.guidepost.report.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownCheckTest {

    @TempDir
    Path temp;

    private CheckHarness harness;

    @BeforeEach
    void harness() {
        harness = CheckHarness.in(temp);
    }

    private void write(String path, String text) {
        harness.file(path, text);
    }

    private List<Finding> run(String rules) {
        return harness.rules(rules).findings();
    }

    @Test
    void perFileRuleReportsMissingSectionTextOnItsHeadingLine() {
        write("CLAUDE.md", "# T\n\n## Testing\nRun the tests.\n\n## Other\npytest is elsewhere\n");
        List<Finding> findings = run("""
                  - id: acme/claude-md
                    target: markdown
                    files: ["CLAUDE.md"]
                    sections:
                      - heading: "(?i)\\\\btest"
                        name: tests
                        contains: ["pytest"]
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().path()).isEqualTo("CLAUDE.md");
            assertThat(f.location().startLine()).isEqualTo(3);
            assertThat(f.message()).contains("Testing").contains("pytest");
        });
    }

    @Test
    void forbiddenTextIsReportedWhereItStands() {
        write("docs/a.md", "# A\n\nplease run\nmanage.py flush now <!-- expect: acme/no-flush -->\n");
        harness.rules("""
                  - id: acme/no-flush
                    target: markdown
                    files: ["docs/**"]
                    forbids: [{ regex: "manage\\\\.py flush", message: "never suggest flush" }]
                """).assertExpectations();
        assertThat(harness.findings()).singleElement().satisfies(f -> {
            assertThat(f.location().startLine()).isEqualTo(4);
            assertThat(f.location().startColumn()).isEqualTo(1);
            assertThat(f.location().endColumn()).isEqualTo(16); // exclusive, as in SARIF
            assertThat(f.message()).isEqualTo("never suggest flush");
        });
    }

    @Test
    void aliasesMatchWholeHeadingsIgnoringCaseAndNumbering() {
        write("CLAUDE.md", "## 2. How To Test:\nx\n");
        assertThat(run("""
                  - id: acme/tests
                    target: markdown
                    files: ["CLAUDE.md"]
                    sections: [{ aliases: ["how to test"] }]
                """)).isEmpty();
    }

    @Test
    void orderReportsASectionThatComesTooLate() {
        write("CLAUDE.md", "## Tests\nx\n## Layout\ny\n");
        List<Finding> findings = run("""
                  - id: acme/order
                    target: markdown
                    files: ["CLAUDE.md"]
                    order: true
                    sections:
                      - { name: layout, heading: "Layout" }
                      - { name: tests, heading: "Tests" }
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().startLine()).isEqualTo(3);
            assertThat(f.message()).contains("layout").contains("tests");
        });
    }

    @Test
    void whenConditionLimitsARuleToProjectsWhereItHolds() {
        write("a/manage.py", "");
        write("a/requirements.txt", "celery\n");
        write("a/CLAUDE.md", "# A\n");
        write("b/manage.py", "");
        write("b/requirements.txt", "celery==5\n");
        write("b/CLAUDE.md", "# B\n");
        write("c/manage.py", "");
        List<Finding> findings = run("""
                  - id: acme/celery
                    target: markdown
                    for-each: django-project
                    when: { files: ["requirements.txt"], contains: ["celery"] }
                    contains: [{ text: "celery worker", message: "say how to start the worker" }]
                """);
        assertThat(findings).extracting(f -> f.location().toString()).containsExactly("a/CLAUDE.md:1", "b/CLAUDE.md:1");
        assertThat(findings).allSatisfy(f -> assertThat(f.message()).isEqualTo("say how to start the worker"));
    }

    @Test
    void optionMistakesAreReportedTogetherWithTheirPlaces() {
        List<String> problems = harness.rules("""
                - id: acme/bad
                  target: markdown
                  for-each: djangoproject
                  documents: everything
                  sections:
                    - heading: "(?P<x"
                      contians: [x]
                    - name: nothing
                  contains: [{ text: a, regex: b }]
                  when: { any: [{ contains: [x] }] }
                """).problems();
        assertThat(problems).hasSizeGreaterThanOrEqualTo(7);
        assertThat(String.join("\n", problems)).contains("5: unknown for-each 'djangoproject' (did you mean"
                + " 'django-project'?)").contains("6: unknown documents 'everything'; expected one of claude-md, matched")
                .contains("invalid regular expression").contains("'contians'").contains("a section needs 'heading'")
                .contains("exactly one of 'text'").contains("a condition needs 'files'");
    }
}
