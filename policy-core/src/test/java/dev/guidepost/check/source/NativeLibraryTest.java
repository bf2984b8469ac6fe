package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The native libraries shipped in the jar, and what the loader needs to find them. */
class NativeLibraryTest {

    private static final Path NATIVE = Path.of("src/main/resources/dev/guidepost/native");

    /** Every library in the source tree's resources (not its checksum files). */
    private static List<Path> libraries() throws IOException {
        try (Stream<Path> files = Files.walk(NATIVE)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".sha256")).toList();
        }
    }

    @Test
    void everyShippedLibraryHasAMatchingChecksumFile() throws Exception {
        List<Path> libraries = libraries();
        assertThat(libraries).extracting(p -> NATIVE.relativize(p).toString().replace('\\', '/'))
                .containsExactlyInAnyOrder("linux-x86_64/libguidepost-ts.so", "linux-aarch64/libguidepost-ts.so",
                        "macos-x86_64/libguidepost-ts.dylib", "macos-aarch64/libguidepost-ts.dylib",
                        "windows-x86_64/guidepost-ts.dll", "windows-aarch64/guidepost-ts.dll");
        for (Path library : libraries) {
            byte[] bytes = Files.readAllBytes(library);
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + " "
                    + bytes.length;
            assertThat(Files.readString(library.resolveSibling(library.getFileName() + ".sha256")).trim())
                    .as("checksum file of %s (policy-core/native/build.sh writes it)", library).isEqualTo(expected);
        }
    }

    /**
     * Each library is built for its folder's system and processor (a cross build that picked the wrong
     * target would only fail on a machine of that platform): ELF, Mach-O or PE by the folder's system,
     * and the machine type its header names by the folder's processor.
     */
    @Test
    void everyShippedLibraryIsBuiltForItsPlatform() throws Exception {
        for (Path library : libraries()) {
            String platform = library.getParent().getFileName().toString();
            ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(library)).order(ByteOrder.LITTLE_ENDIAN);
            String built;
            if (header.getInt(0) == 0x464c457f) { // ELF: e_machine at 18
                built = "linux-" + machine(header.getShort(18), 0x3e, 0xb7);
            } else if (header.getInt(0) == 0xfeedfacf) { // 64-bit Mach-O: cputype at 4
                built = "macos-" + machine(header.getInt(4), 0x01000007, 0x0100000c);
            } else if (header.getShort(0) == 0x5a4d) { // MZ, then the PE header's machine
                int pe = header.getInt(0x3c);
                assertThat(header.getInt(pe)).as("PE signature of %s", library).isEqualTo(0x4550);
                built = "windows-" + machine(header.getShort(pe + 4) & 0xffff, 0x8664, 0xaa64);
            } else {
                built = "unknown";
            }
            assertThat(built).as("what %s is built for", library).isEqualTo(platform);
        }
    }

    private static String machine(int value, int x86, int arm) {
        return value == x86 ? "x86_64" : value == arm ? "aarch64" : "machine " + Integer.toHexString(value);
    }

    /** What JDKs report as {@code os.name} and {@code os.arch} on the six platforms the library is built for. */
    @ParameterizedTest
    @CsvSource({
        "Linux, amd64, linux-x86_64/libguidepost-ts.so",
        "Linux, aarch64, linux-aarch64/libguidepost-ts.so",
        "Mac OS X, x86_64, macos-x86_64/libguidepost-ts.dylib",
        "Mac OS X, aarch64, macos-aarch64/libguidepost-ts.dylib",
        "Windows 10, amd64, windows-x86_64/guidepost-ts.dll",
        "Windows 11, aarch64, windows-aarch64/guidepost-ts.dll"})
    void everyPlatformFindsItsLibraryInTheJar(String osName, String osArch, String expected) {
        String platform = dev.guidepost.NativePlatform.of(osName, osArch);
        String resource = "/dev/guidepost/native/" + platform + "/" + TreeSitterNative.Loader.libraryFile(platform);
        assertThat(resource).isEqualTo("/dev/guidepost/native/" + expected);
        assertThat(TreeSitterNative.class.getResource(resource)).as(resource).isNotNull();
        assertThat(TreeSitterNative.class.getResource(resource + ".sha256")).as(resource + ".sha256").isNotNull();
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

    /**
     * Each parse takes tree-sitter's memory from its parser handle's arena, which is emptied (kept as
     * one block up to 16 MB, freed above that) when the parse ends: nothing of one parse may show in
     * the next, with the same handle or with others on other threads.
     */
    @Test
    void parsesLeaveNothingBehindForTheNext() throws Exception {
        int typescript = SourceLanguage.TYPESCRIPT.ordinal();
        char[] small = "const a = b!; // ok\nfunction f(x: any) { debugger; return x?.y ?? g(1, [2, 3]); }\n".toCharArray();
        char[] medium = "let v = w!;\n".repeat(5_000).toCharArray(); // ~7 MB: kept as one block
        char[] large = "let v = w!;\n".repeat(30_000).toCharArray(); // ~60 MB of arena: freed, not kept
        long parser = TreeSitterNative.newParser(typescript);
        try {
            int[] smallTree = TreeSitterNative.parse(parser, small, new long[0]);
            int[] mediumTree = TreeSitterNative.parse(parser, medium, new long[0]);
            int[] largeTree = TreeSitterNative.parse(parser, large, new long[0]);
            assertThat(largeTree[0]).as("nodes of the large text").isGreaterThan(250_000);
            assertThat(TreeSitterNative.parse(parser, small, new long[0])).isEqualTo(smallTree);
            assertThat(TreeSitterNative.parse(parser, medium, new long[0])).isEqualTo(mediumTree);
            assertThat(TreeSitterNative.parse(parser, small, new long[0])).isEqualTo(smallTree);
            assertThat(TreeSitterNative.parse(parser, large, new long[0])).isEqualTo(largeTree);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<Boolean>> same = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    char[] text = i % 2 == 0 ? small : medium;
                    int[] expected = i % 2 == 0 ? smallTree : mediumTree;
                    same.add(pool.submit(() -> {
                        long own = TreeSitterNative.newParser(typescript);
                        try {
                            return java.util.Arrays.equals(TreeSitterNative.parse(own, text, new long[0]), expected);
                        } finally {
                            TreeSitterNative.deleteParser(own);
                        }
                    }));
                }
                for (java.util.concurrent.Future<Boolean> result : same) {
                    assertThat(result.get()).isTrue();
                }
            } finally {
                pool.shutdown();
            }
        } finally {
            TreeSitterNative.deleteParser(parser);
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
