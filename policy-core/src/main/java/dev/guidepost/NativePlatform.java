package dev.guidepost;

import java.util.Locale;

/**
 * The name of a platform Guidepost ships native code for ({@code linux-x86_64}, {@code macos-aarch64},
 * {@code windows-x86_64}, ...): the folder that holds the tree-sitter library in the jar, and the
 * launcher's native replay.
 */
public final class NativePlatform {

    private NativePlatform() {
    }

    /** This JVM's platform. */
    public static String current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** The platform of a JVM that reports {@code reportedName} as {@code os.name} and {@code reportedArch} as {@code os.arch}. */
    public static String of(String reportedName, String reportedArch) {
        String os = reportedName.toLowerCase(Locale.ROOT);
        String arch = reportedArch.toLowerCase(Locale.ROOT);
        String osName = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macos"
                : os.startsWith("linux") ? "linux" : os.replace(' ', '_');
        String archName = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
        return osName + "-" + archName;
    }
}
