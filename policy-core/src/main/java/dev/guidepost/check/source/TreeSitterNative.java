package dev.guidepost.check.source;

import dev.guidepost.NativePlatform;
import dev.guidepost.cache.CacheDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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

    /** Why the library could not be loaded, or null; loading happens before any native method is linked. */
    private static final String FAILURE = Loader.load();

    private TreeSitterNative() {
    }

    /** Why the native library cannot be used on this machine; empty when it is loaded. */
    static Optional<String> unavailable() {
        return Optional.ofNullable(FAILURE);
    }

    /** Throws a user-facing {@link IllegalStateException} when the library could not be loaded. */
    static void requireLoaded() {
        if (FAILURE != null) {
            throw new IllegalStateException(FAILURE);
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

    /** Loads the library (once per class loader, from the static initializer above). */
    static final class Loader {

        static String load() {
            String override = System.getProperty("guidepost.nativeLibrary");
            if (override != null && !override.isBlank()) {
                // a locally built library (policy-core/native/build.sh), for development and profiling
                try {
                    System.load(Path.of(override).toAbsolutePath().toString());
                    return null;
                } catch (UnsatisfiedLinkError | SecurityException e) {
                    return "cannot load the tree-sitter library " + override + ": " + e.getMessage();
                }
            }
            String platform = NativePlatform.current();
            String file = libraryFile(platform);
            String resource = "/dev/guidepost/native/" + platform + "/" + file;
            try {
                Optional<Path> unpacked = unpacked(resource, file);
                if (unpacked.isEmpty()) {
                    return "Guidepost's tree-sitter library is not built for this platform (" + platform
                            + "; built for Linux, macOS and Windows on x86_64 and aarch64), see docs/native-parser.md";
                }
                System.load(unpacked.get().toAbsolutePath().toString());
                return null;
            } catch (IOException | UncheckedIOException | UnsatisfiedLinkError | SecurityException e) {
                return "cannot load Guidepost's tree-sitter library for " + platform + ": " + e.getMessage();
            }
        }

        /**
         * The library unpacked into the user cache folder under its content hash (from the
         * {@code .sha256} file beside it in the jar, so an unpacked copy is found without reading the
         * library), or into a temporary file when that folder is not writable; empty when the jar has no
         * library for this platform.
         */
        private static Optional<Path> unpacked(String resource, String file) throws IOException {
            String[] digest;
            try (InputStream in = TreeSitterNative.class.getResourceAsStream(resource + ".sha256")) {
                if (in == null) {
                    return Optional.empty();
                }
                digest = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
            }
            long size = digest.length > 1 ? Long.parseLong(digest[1]) : -1;
            Path folder = null;
            try {
                folder = CacheDirectory.forUser().resolve("native").resolve(digest[0].substring(0, 16));
                Path target = folder.resolve(file);
                if (Files.isRegularFile(target) && Files.size(target) == size) {
                    return Optional.of(target);
                }
            } catch (IOException | SecurityException | InvalidPathException e) {
                folder = null;
            }
            byte[] bytes;
            try (InputStream in = TreeSitterNative.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return Optional.empty();
                }
                bytes = in.readAllBytes();
            }
            if (!sha256(bytes).equals(digest[0])) {
                throw new IOException("the library in the jar does not match its checksum");
            }
            if (folder != null) {
                try {
                    Files.createDirectories(folder);
                    Path target = folder.resolve(file);
                    Path temporary = Files.createTempFile(folder, file, ".part");
                    Files.write(temporary, bytes);
                    try {
                        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    return Optional.of(target);
                } catch (IOException | SecurityException e) {
                    // not writable: a temporary copy below
                }
            }
            Path temporary = Files.createTempFile("guidepost-" + digest[0].substring(0, 16) + "-", "-" + file);
            Files.write(temporary, bytes);
            temporary.toFile().deleteOnExit();
            return Optional.of(temporary);
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        static String libraryFile(String platform) {
            if (platform.startsWith("windows")) {
                return "guidepost-ts.dll";
            }
            return platform.startsWith("macos") ? "libguidepost-ts.dylib" : "libguidepost-ts.so";
        }
    }
}
