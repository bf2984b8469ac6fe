package dev.guidepost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run narrowed to one file (as {@code guidepost check FILE} and the hooks run it) reports exactly
 * what the whole run reports at that file: repository-wide rules that skip the work whose findings
 * would not be kept (a layout rule's units that cannot report there) lose nothing. On the samples
 * and on every fixture repository of the built-in layout rules, for each of their files.
 */
class NarrowedRunTest {

    private static final List<String> LAYOUT_RULES = List.of("app-factories", "drf-layout", "migration-descriptive-name",
            "pytest-config", "settings-split", "signal-handlers-location", "templates-at-root", "tests-in-app");

    static Stream<Path> repositories() throws IOException {
        List<Path> out = new ArrayList<>(List.of(Path.of("../samples/django-broken"), Path.of("../samples/polyglot")));
        for (String rule : LAYOUT_RULES) {
            try (Stream<Path> cases = Files.list(Path.of("src/test/resources/rules/django", rule))) {
                cases.filter(Files::isDirectory).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("repositories")
    void aRunNarrowedToAFileReportsWhatTheWholeRunReportsThere(Path repository) throws IOException {
        Path root = repository.toAbsolutePath().normalize();
        Guidepost guidepost = Guidepost.standard();
        CheckRequest whole = CheckRequest.of(root).withPolicy("builtin:django").withThreads(1);
        List<Finding> all = guidepost.check(whole).findings();
        List<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".git/")).sorted().toList();
        }
        for (String file : files) {
            List<Finding> narrowed = guidepost.check(whole.withWorkingDirectory(root).withPaths(List.of(file))).findings();
            assertThat(narrowed).as(repository + ": " + file)
                    .containsExactlyInAnyOrderElementsOf(all.stream().filter(f -> f.location().path().equals(file)).toList());
        }
    }
}
