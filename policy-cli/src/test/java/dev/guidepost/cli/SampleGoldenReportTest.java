package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the CLI on each sample and compares its reports with the expected reports checked in beside
 * the samples ({@code samples/expected/<sample>.<format>}). Run with
 * {@code -Dguidepost.updateGoldens=true} to rewrite them after an intended change, then review the diff.
 */
class SampleGoldenReportTest {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    private static final boolean UPDATE = Boolean.getBoolean("guidepost.updateGoldens");

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "django-clean, json, 0",
        "django-clean, text, 0",
        "django-clean, sarif, 0",
        "django-broken, json, 1",
        "django-broken, text, 1",
        "django-broken, sarif, 1",
        "django-broken, junit, 1",
        "django-broken, github, 1",
        "polyglot, json, 1",
        "polyglot, text, 1",
        "polyglot, sarif, 1",
        "polyglot, junit, 1",
        "polyglot, github, 1",
    })
    void sampleReportMatchesTheCheckedInOne(String sample, String format, int exitCode) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "check", SAMPLES.resolve(sample).toString(),
                "--format", format, "--color", "never", "--threads", "2");
        assertThat(err.toString()).isEmpty();
        // A slow run (a busy machine) adds how long it took to the text summary; that line is not part of the golden.
        String report = out.toString().replaceAll("(?m)^Took [0-9.]+ s.*\n", "");
        String extension = switch (format) {
            case "text" -> "txt";
            case "junit" -> "junit.xml";
            case "github" -> "github.txt";
            default -> format;
        };
        Path golden = SAMPLES.resolve("expected").resolve(sample + "." + extension);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, report, StandardCharsets.UTF_8);
        }
        assertThat(report).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(exitCode);
    }
}
