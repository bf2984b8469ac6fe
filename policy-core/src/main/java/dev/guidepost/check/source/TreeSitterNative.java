package dev.guidepost.check.source;

import dev.guidepost.cache.CacheDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The one door to Guidepost's native tree-sitter library ({@code src/main/native/guidepost_ts.c}:
 * the tree-sitter runtime and the grammars built at -O2, see {@code policy-core/native/build.sh}).
 *
 * <p>A file is parsed with one native call that returns the whole tree, and the hits of the file's
 * queries, as one int array; no native tree outlives the call. Parsers are plain handles that the
 * caller deletes; the C side checks every handle and array it is given, so no call here can crash
 * the JVM with a null. The library ships inside the jar for each supported platform and is
 * unpacked once into the user cache folder, under a name made from its content hash.
 */
final class TreeSitterNative {

    /** Ints per node record in {@link #parse}'s result. */
    static final int NODE_INTS = 5;
    static final int FLAG_NAMED = 1;
    static final int FLAG_MISSING = 2;
    static final int FLAG_ERROR = 4;

    private TreeSitterNative() {
    }

    /** Why the native library cannot be used on this machine; empty when it is loaded. */
    static java.util.Optional<String> unavailable() {
        return java.util.Optional.ofNullable(Loader.FAILURE);
    }

    /** Throws a user-facing {@link IllegalStateException} when the library could not be loaded. */
    static void requireLoaded() {
        if (Loader.FAILURE != null) {
            throw new IllegalStateException(Loader.FAILURE);
        }
    }

    /** The grammar tables of one language: kind names, named flags, field names. */
    static Tables tables(SourceLanguage language) {
        requireLoaded();
        int id = language.ordinal();
        List<String> kinds = split(symbolNames(id));
        int[] types = symbolTypes(id);
        List<String> fields = split(fieldNames(id));
        return new Tables(kinds.toArray(String[]::new), types, fields.toArray(String[]::new));
    }

    /**
     * Symbol names, symbol types (0 regular, 1 anonymous, 2 supertype, 3 auxiliary) and field names
     * (index 0: none) of one grammar.
     */
    record Tables(String[] kinds, int[] types, String[] fields) {
    }

    private static List<String> split(byte[] joined) {
        List<String> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < joined.length; i++) {
            if (joined[i] == 0) {
                result.add(new String(joined, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return result;
    }

    static List<String> captureNamesOf(long query) {
        return split(captureNames(query));
    }

    static List<String> stringValuesOf(long query) {
        return split(stringValues(query));
    }

    static native byte[] symbolNames(int language);

    static native int[] symbolTypes(int language);

    static native byte[] fieldNames(int language);

    static native long newParser(int language);

    static native void deleteParser(long parser);

    /** Parses UTF-16 text; see the layout in guidepost_ts.c. */
    static native int[] parse(long parser, char[] text, long[] queries);

    static native long newQuery(int language, byte[] source, int[] errorOut);

    static native void deleteQuery(long query);

    static native byte[] captureNames(long query);

    static native byte[] stringValues(long query);

    static native int patternCount(long query);

    static native int[] predicateSteps(long query, int pattern);

    static native int abiVersion();

    /** Loads the library once per class loader; FAILURE says why it could not be loaded. */
    private static final class Loader {
        static final String FAILURE = load();

        private static String load() {
            String platform = platform();
            String file = libraryFile(platform);
            String resource = "/dev/guidepost/native/" + platform + "/" + file;
            byte[] bytes;
            try (InputStream in = TreeSitterNative.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return "Guidepost's tree-sitter library is not built for this platform (" + platform
                            + "; built: linux-x86_64, linux-aarch64, windows-x86_64), see docs/performance.md";
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                return "cannot read Guidepost's tree-sitter library from the jar: " + e.getMessage();
            }
            try {
                System.load(unpacked(bytes, file).toAbsolutePath().toString());
                return null;
            } catch (IOException | UncheckedIOException | UnsatisfiedLinkError | SecurityException e) {
                return "cannot load Guidepost's tree-sitter library for " + platform + ": " + e.getMessage();
            }
        }

        /** The library in the user cache folder (content-addressed), or in a temporary file if that is not writable. */
        private static Path unpacked(byte[] bytes, String file) throws IOException {
            String digest = sha256(bytes).substring(0, 16);
            try {
                Path folder = CacheDirectory.forUser().resolve("native").resolve(digest);
                Path target = folder.resolve(file);
                if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
                    return target;
                }
                Files.createDirectories(folder);
                Path temporary = Files.createTempFile(folder, file, ".part");
                Files.write(temporary, bytes);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return target;
            } catch (IOException | SecurityException e) {
                Path temporary = Files.createTempFile("guidepost-" + digest + "-", "-" + file);
                Files.write(temporary, bytes);
                temporary.toFile().deleteOnExit();
                return temporary;
            }
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        static String platform() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
            String osName = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macos"
                    : os.startsWith("linux") ? "linux" : os.replace(' ', '_');
            String archName = switch (arch) {
                case "amd64", "x86_64" -> "x86_64";
                case "aarch64", "arm64" -> "aarch64";
                default -> arch;
            };
            return osName + "-" + archName;
        }

        static String libraryFile(String platform) {
            if (platform.startsWith("windows")) {
                return "guidepost-ts.dll";
            }
            return platform.startsWith("macos") ? "libguidepost-ts.dylib" : "libguidepost-ts.so";
        }
    }
}
