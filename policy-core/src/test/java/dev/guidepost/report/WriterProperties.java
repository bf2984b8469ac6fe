package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.Severity;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class WriterProperties {

    private static final SchemaValidation SARIF = SchemaValidation.sarif();

    private static Report report(String path, String message, String fix, int line, Severity severity) {
        String safePath = path.isEmpty() ? "x" : path;
        Finding finding = new Finding("acme/rule", severity, new Location(safePath, line, line == 0 ? 0 : 1, line,
                line == 0 ? 0 : 3), message, fix, "");
        return new Report("0.1.0", "p", SampleReports.mixed().rules(), List.of(finding), List.of(), 1);
    }

    @Property(tries = 200)
    void sarifStaysValidForAnyText(@ForAll String path, @ForAll String message, @ForAll String fix,
            @ForAll @IntRange(min = 0, max = 5000) int line, @ForAll Severity severity) {
        assertThat(SARIF.problems(new SarifReportWriter().render(report(path, message, fix, line, severity)))).isEmpty();
    }

    @Property(tries = 200)
    void junitStaysWellFormedForAnyText(@ForAll String path, @ForAll String message, @ForAll String fix,
            @ForAll @IntRange(min = 0, max = 5000) int line) throws Exception {
        JunitReportWriterTest.parse(new JunitReportWriter().render(report(path, message, fix, line, Severity.ERROR)));
    }

    @Property(tries = 200)
    void githubWritesOneLinePerFindingForAnyText(@ForAll String path, @ForAll String message, @ForAll String fix,
            @ForAll @IntRange(min = 0, max = 5000) int line) {
        String out = new GithubReportWriter().render(report(path, message, fix, line, Severity.WARNING));
        assertThat(out).endsWith("\n");
        assertThat(out.substring(0, out.length() - 1)).doesNotContain("\n").doesNotContain("\r");
    }

    /**
     * A report file is streamed to disk, never held as one string: in every format its bytes are the
     * rendered text's in UTF-8, for any text (half a surrogate pair becomes '?' both ways).
     */
    @Property(tries = 100)
    void aReportFileHoldsTheRenderedTextInUtf8(@ForAll String path, @ForAll String message, @ForAll String fix,
            @ForAll @IntRange(min = 0, max = 5000) int line, @ForAll Severity severity, @ForAll ReportFormat format)
            throws java.io.IOException {
        Report report = report(path, message, fix, line, severity);
        ReportWriter writer = format.writer(false);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("guidepost-report", ".out");
        try {
            writer.writeTo(report, file);
            assertThat(java.nio.file.Files.readAllBytes(file))
                    .isEqualTo(writer.render(report).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Property(tries = 200)
    void fingerprintIgnoresLinePositionAndSurroundingWhitespace(@ForAll @IntRange(min = 1, max = 50) int above,
            @ForAll @IntRange(min = 0, max = 8) int indent) {
        String flagged = "print('x')";
        Finding before = new Finding("r", Severity.ERROR, Location.at("a.py", 1, 1), "m", "", "");
        Finding after = new Finding("r", Severity.ERROR, Location.at("a.py", above + 1, 1 + indent), "m", "", "");
        List<String> moved = new java.util.ArrayList<>();
        for (int i = 0; i < above; i++) {
            moved.add("x = " + i);
        }
        moved.add(" ".repeat(indent) + flagged);
        String first = Fingerprint.assign(List.of(before), p -> java.util.Optional.of(List.of(flagged))).get(before);
        String second = Fingerprint.assign(List.of(after), p -> java.util.Optional.of(moved)).get(after);
        assertThat(second).isEqualTo(first);
    }
}
