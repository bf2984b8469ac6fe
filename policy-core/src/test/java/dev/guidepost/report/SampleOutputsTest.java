package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every sample repository's reports are valid: SARIF against the official schema, JSON against ours, JUnit well formed. */
class SampleOutputsTest {

    private static final Path SAMPLES = Path.of("../samples");
    private static final SchemaValidation SARIF = SchemaValidation.sarif();
    private static final SchemaValidation JSON = SchemaValidation.of(Path.of("../docs/json-report.schema.json"));

    private static List<Path> samples() throws IOException {
        try (Stream<Path> children = Files.list(SAMPLES)) {
            // samples/embedding is a Maven project that uses the library, not a repository to check
            return children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("expected"))
                    .filter(p -> !Files.exists(p.resolve("pom.xml"))).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleWritesValidReports() throws IOException {
        List<Path> samples = samples();
        assertThat(samples).isNotEmpty();
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            Report report = Guidepost.standard().check(CheckRequest.of(sample).withWorkingDirectory(sample));
            assertThat(SARIF.problems(new SarifReportWriter().render(report))).isEmpty();
            assertThat(JSON.problems(new JsonReportWriter().render(report))).isEmpty();
            JunitReportWriterTest.parse(new JunitReportWriter().render(report));
            assertThat(new GithubReportWriter().render(report).lines()).hasSize(report.findings().size());
        }));
    }
}
