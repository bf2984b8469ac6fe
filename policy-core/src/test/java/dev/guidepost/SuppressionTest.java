package dev.guidepost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.report.Finding;
import dev.guidepost.report.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionTest {

    @TempDir
    Path repo;
    @TempDir
    Path policies;

    private Report check() {
        return TestRepo.guidepost().check(TestRepo.request(repo, policies));
    }

    private static List<String> found(Report report) {
        return report.findings().stream().filter(f -> !f.ruleId().equals("test/root"))
                .map(f -> f.ruleId() + " " + f.location().path() + ":" + f.location().startLine()).toList();
    }

    @Test
    void suppressesOnTheSameLineAndTheLineBelowAComment() {
        TestRepo.write(repo, "app.py", """
                print("a")  # guidepost: ignore[test/no-print] CLI entry point prints on purpose
                # guidepost: ignore[test/no-print] the banner is printed once
                print("b")
                print("c")
                """);
        Report report = check();
        assertThat(found(report)).containsExactly("test/no-print app.py:4");
        assertThat(report.suppressed()).isEqualTo(2);
    }

    @Test
    void trailingCommentDoesNotCoverTheNextLine() {
        TestRepo.write(repo, "app.py", """
                x = 1  # guidepost: ignore[test/no-print] reason
                print("b")
                """);
        assertThat(found(check())).containsExactly("guidepost/unused-suppression app.py:1", "test/no-print app.py:2");
    }

    @Test
    void usesSlashCommentsInCLikeLanguagesAndHtmlCommentsInMarkdown() {
        TestRepo.write(repo, "web/app.ts", """
                // guidepost: ignore[test/no-print] debugging aid kept for support
                print();
                # guidepost: ignore[test/no-print] wrong comment style is no suppression here
                print();
                """);
        TestRepo.write(repo, "README.md", """
                <!-- guidepost: ignore[test/no-todo, test/no-print] roadmap item, tracked in #12 -->
                TODO: print() the manual
                """);
        Report report = check();
        assertThat(found(report)).containsExactly("test/no-print web/app.ts:4");
        assertThat(report.suppressed()).isEqualTo(3);
    }

    @Test
    void reportsSuppressionWithoutReasonButStillApplies() {
        TestRepo.write(repo, "app.py", "print(1)  # guidepost: ignore[test/no-print]\n");
        Report report = check();
        assertThat(found(report)).containsExactly("guidepost/suppression-without-reason app.py:1");
        Finding finding = report.findings().stream().filter(f -> f.ruleId().startsWith("guidepost/")).findFirst()
                .orElseThrow();
        assertThat(finding.location().startColumn()).isEqualTo(11);
        assertThat(finding.severity().label()).isEqualTo("warning");
    }

    @Test
    void reportsUnknownRuleWithSuggestionAndSuppressionsThatMatchNothing() {
        TestRepo.write(repo, "app.py", """
                print(1)  # guidepost: ignore[test/no-prnt] typo in the id
                x = 2  # guidepost: ignore[test/no-todo] nothing to suppress here
                y = 3  # guidepost: ignore test/no-todo forgot brackets
                """);
        Report report = check();
        assertThat(found(report)).containsExactlyInAnyOrder("guidepost/unused-suppression app.py:1", "test/no-print app.py:1",
                "guidepost/unused-suppression app.py:2", "guidepost/unused-suppression app.py:3");
        assertThat(report.findings()).filteredOn(f -> f.location().startLine() == 1
                && f.ruleId().equals("guidepost/unused-suppression")).first()
                .extracting(Finding::message).asString().contains("did you mean 'test/no-print'");
    }

    @Test
    void listsItsOwnRulesInTheReport() {
        TestRepo.write(repo, "app.py", "x = 1\n");
        assertThat(check().rules()).extracting(r -> r.id())
                .contains("guidepost/unused-suppression", "guidepost/suppression-without-reason");
    }

    @Test
    void ignoresTheMarkerOutsideComments() {
        TestRepo.write(repo, "app.py", "s = 'guidepost: ignore[test/no-print] not a comment'; print(s)\n");
        assertThat(found(check())).containsExactly("test/no-print app.py:1");
    }
}
