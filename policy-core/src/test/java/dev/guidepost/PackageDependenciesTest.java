package dev.guidepost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.engine.CheckRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The engine, the policy model, the workspace and the units know no concrete check: checks depend
 * on them, never the other way round, and the front door ({@link Guidepost#standardChecks()})
 * assembles the registry. Checked on the sources, so that a fully qualified name cannot hide the
 * dependency either.
 */
class PackageDependenciesTest {

    @ParameterizedTest
    @ValueSource(strings = {"engine", "policy", "workspace", "unit"})
    void packageNamesNoCheck(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/guidepost", pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString())
                        .doesNotContain("dev.guidepost.check.");
            }
        }
    }

    @Test
    void theStandardChecksCoverEveryTargetOnce() {
        assertThat(Guidepost.standardChecks().targets()).containsExactlyInAnyOrder("source", "markdown", "settings",
                "layout");
    }

    @Test
    void twoChecksForOneTargetAreRefused() {
        var source = Guidepost.standardChecks().check("source").orElseThrow();
        assertThatThrownBy(() -> new CheckRegistry(List.of(source, source)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two checks for target 'source'");
    }
}
