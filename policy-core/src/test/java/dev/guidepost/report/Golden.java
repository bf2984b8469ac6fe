package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered output with a checked-in golden file under {@code src/test/resources/golden/}.
 * Run the tests with {@code -Dguidepost.updateGoldens=true} to (re)write the golden files instead,
 * then review the diff before committing.
 */
public final class Golden {

    /** The source folder golden files live in (the tests run with the module as working directory). */
    public static final Path FOLDER = Path.of("src/test/resources/golden");

    private Golden() {
    }

    /** Asserts that {@code actual} equals the golden file {@code name}, or writes it when updating. */
    public static void assertMatches(String name, String actual) {
        Path file = FOLDER.resolve(name);
        try {
            if (Boolean.getBoolean("guidepost.updateGoldens")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s (run with -Dguidepost.updateGoldens=true to create it)", file)
                    .exists();
            assertThat(actual).as("output compared with golden file %s", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders {@code report} in every format (text without colour) and compares each with {@code <prefix>.<format file>}. */
    public static void assertAllFormatsMatch(String prefix, Report report) {
        for (ReportFormat format : ReportFormat.values()) {
            assertMatches(prefix + "." + format.fileName().substring("guidepost.".length()),
                    format.writer(false).render(report));
        }
    }
}
