package dev.guidepost.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.FixResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --fix} on the samples as they are (real-looking CLAUDE.md and settings files, broken ones
 * included): no deny/allow-conflict or dev-loop finding is left, every original file survives as
 * the start of the new CLAUDE.md or inside the new settings file, and a second fix changes no byte.
 */
class SampleFixTest {

    @ParameterizedTest
    @ValueSource(strings = {"django-broken", "django-clean", "polyglot"})
    void fixSettlesThePermissionFindingsOfASampleAndOnlyAdds(String sample, @TempDir Path root) throws IOException {
        copy(Path.of("../samples").resolve(sample), root);
        Map<String, String> before = FixRepo.snapshot(root);

        FixResult result = FixRepo.fix(root, true);
        Map<String, String> after = FixRepo.snapshot(root);

        assertThat(FixRepo.permissionFindings(result.after().findings())).isEmpty();
        before.forEach((path, text) -> {
            if (path.endsWith(".json")) {
                assertThat(SettingsFixProperties.isSubsequence(text, after.get(path))).as(path).isTrue();
            } else {
                assertThat(after.get(path)).as(path).startsWith(text);
            }
        });
        assertThat(result.after().findings()).noneMatch(f -> f.ruleId().startsWith("django/claude-md"));
        assertThat(FixRepo.fix(root, true).plan().changes()).isEmpty();
        assertThat(FixRepo.snapshot(root)).isEqualTo(after);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
