package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The native libraries shipped in the jar, and what the loader needs to find them. */
class NativeLibraryTest {

    private static final Path NATIVE = Path.of("src/main/resources/dev/guidepost/native");

    @Test
    void everyShippedLibraryHasAMatchingChecksumFile() throws Exception {
        List<Path> libraries;
        try (Stream<Path> files = Files.walk(NATIVE)) {
            libraries = files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".sha256")).toList();
        }
        assertThat(libraries).extracting(p -> NATIVE.relativize(p).toString().replace('\\', '/'))
                .contains("linux-x86_64/libguidepost-ts.so", "linux-aarch64/libguidepost-ts.so",
                        "windows-x86_64/guidepost-ts.dll");
        for (Path library : libraries) {
            byte[] bytes = Files.readAllBytes(library);
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + " "
                    + bytes.length;
            assertThat(Files.readString(library.resolveSibling(library.getFileName() + ".sha256")).trim())
                    .as("checksum file of %s (policy-core/native/build.sh writes it)", library).isEqualTo(expected);
        }
    }

    @Test
    void theLibraryForThisMachineLoadsAndKnowsEveryLanguage() {
        assertThat(TreeSitterNative.unavailable()).isEmpty();
        assertThat(TreeSitterNative.abiVersion()).isGreaterThanOrEqualTo(14);
        for (SourceLanguage language : SourceLanguage.values()) {
            TreeSitterNative.Tables tables = GrammarTables.of(language);
            assertThat(tables.kinds()).as("%s kinds", language).contains("identifier");
            assertThat(tables.kinds()).hasSameSizeAs(tables.types());
            assertThat(tables.fields()).as("%s fields", language).hasSizeGreaterThan(5);
        }
    }

    @Test
    void badHandlesAreRefusedWithoutCrashing() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TreeSitterNative.parse(0, new char[0], new long[0]))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TreeSitterNative.newParser(99))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TreeSitterNative.predicateSteps(0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
