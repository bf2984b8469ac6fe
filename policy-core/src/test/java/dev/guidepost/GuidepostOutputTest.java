package dev.guidepost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.baseline.Baseline;
import dev.guidepost.report.Report;
import dev.guidepost.report.ReportFormat;
import dev.guidepost.workspace.WorkspaceFile;
import dev.guidepost.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Guidepost wrote into a repository, and a policy's fixtures, are not part of the next check. */
class GuidepostOutputTest {

    @TempDir
    Path root;

    @TempDir
    Path policies;

    private Report check() throws IOException {
        Path policy = policies.resolve("policy.yaml");
        Files.writeString(policy, """
                guidepost: 1
                rules:
                  - id: acme/no-print
                    target: source
                    match: { pattern: "print($$$A)" }
                  - id: acme/no-drafts
                    target: layout
                    for-each: repo
                    forbid: "**/drafts/"
                """);
        return Guidepost.standard().check(CheckRequest.of(root).withPolicy(policy.toString()).withThreads(1));
    }

    private List<String> scanned() throws IOException {
        return WorkspaceScanner.scan(root).files().stream().map(WorkspaceFile::path).toList();
    }

    @Test
    void reportsAndBaselinesWrittenIntoTheRepositoryAreNotCheckedNextTime() throws IOException {
        Files.writeString(root.resolve("app.py"), "print('x')\n");
        Files.writeString(root.resolve("package.json"), "{\"name\": \"guidepost\", \"schemaVersion\": 1}\n");
        Files.writeString(root.resolve("notes.txt"), "No problems found here, says the linter\n");
        Report first = check();
        assertThat(first.findings()).hasSize(1);
        for (ReportFormat format : ReportFormat.values()) {
            Path file = Files.createDirectories(root.resolve("reports")).resolve("report-" + format.label()
                    + (format == ReportFormat.JSON ? ".json" : ".out"));
            Files.writeString(file, format.writer(false).render(first));
        }
        Baseline.write(first, root.resolve("guidepost-baseline.json"));
        Files.writeString(root.resolve("clean.json"), ReportFormat.JSON.writer(false).render(emptyReport()));
        Files.writeString(root.resolve("clean.txt"), ReportFormat.TEXT.writer(false).render(emptyReport()));

        assertThat(scanned()).contains("app.py", "package.json", "notes.txt")
                .noneMatch(p -> p.startsWith("reports/report-"))
                .doesNotContain("guidepost-baseline.json", "clean.json", "clean.txt");
        Report second = check();
        assertThat(second.findings()).isEqualTo(first.findings());
    }

    @Test
    void thePolicysFixtureFolderIsLeftOutButCanBeCheckedAsARoot() throws IOException {
        Path fixture = Files.createDirectories(root.resolve("guidepost-tests/acme/no-print/violating"));
        Files.writeString(fixture.resolve("app.py"), "print('x')  # expect: acme/no-print\n");
        Files.createDirectories(fixture.resolve("drafts"));
        Files.writeString(fixture.resolve("drafts/a.md"), "x\n");
        Files.writeString(root.resolve("ok.py"), "x = 1\n");
        assertThat(check().findings()).isEmpty();
        assertThat(scanned()).containsExactly("ok.py");
        assertThat(WorkspaceScanner.scan(fixture).files()).extracting(WorkspaceFile::path)
                .containsExactly("app.py", "drafts/a.md");
    }

    private Report emptyReport() throws IOException {
        Path empty = Files.createTempDirectory(policies, "empty");
        return Guidepost.standard().check(CheckRequest.of(empty).withPolicy("builtin:claude").withThreads(1));
    }
}
