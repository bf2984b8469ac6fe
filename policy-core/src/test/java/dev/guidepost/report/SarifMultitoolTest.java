package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF of every sample repository and of the hand-built reports passes {@code validate} of
 * Microsoft's SARIF Multitool with no error and no warning (its default levels; its notes are style advice, such as
 * embedding code snippets, that code scanning does not need). Runs when the Multitool is
 * installed: {@code -Dguidepost.sarifMultitool=PATH}, or {@code sarif-multitool} on the PATH
 * ({@code npm install -g @microsoft/sarif-multitool@5.7.0}; its Linux binary may need
 * {@code chmod u+x}); otherwise it is skipped, and says so.
 */
class SarifMultitoolTest {

    private static final Path SAMPLES = Path.of("../samples");

    @Test
    void everySampleAndWriterCornerPassesTheMultitoolWithoutErrorsOrWarnings(@TempDir Path dir) throws Exception {
        Optional<Path> tool = multitool();
        if (tool.isEmpty()) {
            System.out.println("SKIPPED SarifMultitoolTest: SARIF Multitool not found (npm install -g "
                    + "@microsoft/sarif-multitool@5.7.0, or -Dguidepost.sarifMultitool=PATH)");
        }
        Assumptions.assumeTrue(tool.isPresent(), "SARIF Multitool not installed; skipped");
        List<String> files = new ArrayList<>();
        for (Path sample : samples()) {
            Report report = Guidepost.standard().check(CheckRequest.of(sample).withWorkingDirectory(sample));
            files.add(write(dir, sample.getFileName() + ".sarif", report));
        }
        files.add(write(dir, "mixed.sarif", SampleReports.mixed()));
        files.add(write(dir, "clean.sarif", SampleReports.clean()));

        List<String> command = new ArrayList<>(List.of(tool.get().toString(), "validate"));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        List<String> problems = output.lines().filter(l -> l.matches(".*: (error|warning) [A-Z]+[0-9]+: .*")).toList();
        assertThat(problems).as("Multitool output:%n%s", output).isEmpty();
        assertThat(process.exitValue()).as("Multitool output:%n%s", output).isZero();
        assertThat(output).contains(files.size() + " files scanned");
    }

    @Test
    void theMultitoolCatchesAResultWithoutARegion(@TempDir Path dir) throws Exception {
        Optional<Path> tool = multitool();
        Assumptions.assumeTrue(tool.isPresent(), "SARIF Multitool not installed; skipped");
        String valid = new SarifReportWriter().render(SampleReports.mixed());
        String sarif = valid.replaceAll("\"region\" : \\{\\s*\"startLine\" : 1\\s*}", "\"properties\" : { }");
        assertThat(sarif).isNotEqualTo(valid);
        Path file = Files.writeString(dir.resolve("broken.sarif"), sarif);
        Process process = new ProcessBuilder(tool.get().toString(), "validate", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(2, TimeUnit.MINUTES);
        assertThat(output).contains("warning SARIF2017");
    }

    private static String write(Path dir, String name, Report report) throws IOException {
        return Files.writeString(dir.resolve(name), new SarifReportWriter().render(report)).toString();
    }

    static List<Path> samples() throws IOException {
        try (Stream<Path> children = Files.list(SAMPLES)) {
            return children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("expected"))
                    .filter(p -> !Files.exists(p.resolve("pom.xml"))).sorted().toList();
        }
    }

    static Optional<Path> multitool() {
        String configured = System.getProperty("guidepost.sarifMultitool", "");
        if (!configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "sarif-multitool"))) {
                return Optional.of(Path.of(dir, "sarif-multitool"));
            }
        }
        return Optional.empty();
    }
}
