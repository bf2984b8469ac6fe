package dev.guidepost.cache;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Guidepost keeps what it may reuse between runs (the result cache, the unpacked native
 * parser library): never inside a scanned repository.
 *
 * <p>In order: the {@code guidepost.cacheDir} system property, the {@code GUIDEPOST_CACHE_DIR}
 * environment variable, then the platform's user cache folder: {@code $XDG_CACHE_HOME/guidepost}
 * or {@code ~/.cache/guidepost} on Linux, {@code ~/Library/Caches/guidepost} on macOS,
 * {@code %LOCALAPPDATA%\guidepost\cache} on Windows.
 */
public final class CacheDirectory {

    private CacheDirectory() {
    }

    /** The cache folder for this user (not created here). */
    public static Path forUser() {
        return resolve(System.getProperty("guidepost.cacheDir"), System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    static Path resolve(String property, Map<String, String> env, String osName, String home) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String explicit = env.get("GUIDEPOST_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "guidepost", "cache")
                    : Path.of(home, "AppData", "Local", "guidepost", "cache");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "guidepost");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "guidepost");
        }
        return Path.of(home, ".cache", "guidepost");
    }
}
