package dev.guidepost.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java version of a {@code java} executable, from the {@code release} file of its JDK, as the
 * command line launcher reads it: without starting a JVM.
 */
final class JavaRelease {

    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)");

    private JavaRelease() {
    }

    /** The feature version (17, 21, 25); empty when there is no {@code release} file beside the JDK's bin folder. */
    static Optional<Integer> feature(Path java) {
        try {
            Path bin = java.toRealPath().getParent();
            Path release = bin == null || bin.getParent() == null ? null : bin.getParent().resolve("release");
            if (release == null || !Files.isRegularFile(release)) {
                return Optional.empty();
            }
            return parse(Files.readString(release, StandardCharsets.ISO_8859_1));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Integer> parse(String release) {
        Matcher m = VERSION.matcher(release);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
