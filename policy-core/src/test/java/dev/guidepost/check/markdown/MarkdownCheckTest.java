package dev.guidepost.check.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.policy.PolicyException;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownCheckTest {

    @TempDir
    Path repo;

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<Finding> run(String rules) throws IOException {
        write("guidepost.yaml", "guidepost: 1\nname: test\nrules:\n" + rules);
        Report report = Guidepost.standard().check(CheckRequest.of(repo).withThreads(1));
        return report.findings().stream().sorted().toList();
    }

    @Test
    void perFileRuleReportsMissingSectionTextOnItsHeadingLine() throws IOException {
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
    void forbiddenTextIsReportedWhereItStands() throws IOException {
        write("docs/a.md", "# A\n\nplease run\nmanage.py flush now\n");
        List<Finding> findings = run("""
                  - id: acme/no-flush
                    target: markdown
                    files: ["docs/**"]
                    forbids: [{ regex: "manage\\\\.py flush", message: "never suggest flush" }]
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().startLine()).isEqualTo(4);
            assertThat(f.location().startColumn()).isEqualTo(1);
            assertThat(f.location().endColumn()).isEqualTo(16); // exclusive, as in SARIF
            assertThat(f.message()).isEqualTo("never suggest flush");
        });
    }

    @Test
    void aliasesMatchWholeHeadingsIgnoringCaseAndNumbering() throws IOException {
        write("CLAUDE.md", "## 2. How To Test:\nx\n");
        assertThat(run("""
                  - id: acme/tests
                    target: markdown
                    files: ["CLAUDE.md"]
                    sections: [{ aliases: ["how to test"] }]
                """)).isEmpty();
    }

    @Test
    void orderReportsASectionThatComesTooLate() throws IOException {
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
    void whenConditionLimitsARuleToProjectsWhereItHolds() throws IOException {
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
    void optionMistakesAreReportedTogetherWithTheirPlaces() throws IOException {
        write("guidepost.yaml", """
                guidepost: 1
                name: test
                rules:
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
                """);
        assertThatThrownBy(() -> Guidepost.standard().check(CheckRequest.of(repo)))
                .isInstanceOf(PolicyException.class)
                .satisfies(e -> {
                    String text = e.getMessage();
                    assertThat(((PolicyException) e).problems()).hasSizeGreaterThanOrEqualTo(7);
                    assertThat(text).contains("guidepost.yaml:6:").contains("did you mean 'django-project'")
                            .contains("unknown documents 'everything'").contains("invalid regular expression")
                            .contains("'contians'").contains("a section needs 'heading'")
                            .contains("exactly one of 'text'").contains("a condition needs 'files'");
                });
    }
}
