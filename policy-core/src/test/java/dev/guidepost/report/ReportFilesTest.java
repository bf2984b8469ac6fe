package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's report files are written at once: each whole, and one that fails keeps none of the others from being written. */
class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void everyFileHoldsItsFormatsRendering() throws IOException {
        Report report = SampleReports.mixed();
        List<ReportFiles.Target> targets = List.of(
                new ReportFiles.Target(new TextReportWriter(false), dir.resolve("guidepost.txt")),
                new ReportFiles.Target(new JsonReportWriter(), dir.resolve("guidepost.json")),
                new ReportFiles.Target(new SarifReportWriter(), dir.resolve("out/guidepost.sarif")));

        ReportFiles.write(report, targets);

        for (ReportFiles.Target target : targets) {
            assertThat(Files.readAllBytes(target.file()))
                    .isEqualTo(target.writer().render(report).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theFirstFailureIsThrownAfterTheOtherFilesAreWritten() throws IOException {
        Report report = SampleReports.mixed();
        Path folder = Files.createDirectories(dir.resolve("a-folder.json"));
        ReportWriter failing = (r, out) -> {
            throw new IllegalStateException("the writer broke");
        };
        List<ReportFiles.Target> targets = List.of(
                new ReportFiles.Target(new JsonReportWriter(), folder),
                new ReportFiles.Target(failing, dir.resolve("broken.txt")),
                new ReportFiles.Target(new TextReportWriter(false), dir.resolve("guidepost.txt")));

        assertThatThrownBy(() -> ReportFiles.write(report, targets))
                .isInstanceOfSatisfying(ReportFiles.Failure.class, f -> assertThat(f.target()).isEqualTo(targets.get(0)))
                .hasMessageContaining("is a folder");
        assertThat(Files.readString(dir.resolve("guidepost.txt"))).isEqualTo(new TextReportWriter(false).render(report));
        assertThat(dir.resolve("broken.txt")).as("a writer that fails leaves no file").doesNotExist();

        assertThatThrownBy(() -> ReportFiles.write(report, targets.subList(1, 3)))
                .isInstanceOfSatisfying(ReportFiles.Failure.class, f -> assertThat(f.target()).isEqualTo(targets.get(1)))
                .hasMessageContaining("the writer broke");
    }
}
