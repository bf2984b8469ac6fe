package dev.guidepost.maven;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.aether.SessionData;

/**
 * Which repository roots were already checked in this build, kept in the build session's data
 * (shared by every module, atomic compare-and-set) instead of a static field, so that a
 * repository is checked once per build, in parallel builds too.
 */
final class RepositoryClaims {

    /** Key prefix of the session data entries; the value is the id of the module that checks the root. */
    static final String KEY = "dev.guidepost.maven.checked:";

    private final SessionData data;

    RepositoryClaims(SessionData data) {
        this.data = data;
    }

    /** Key prefix of the claims of the {@code fix} goal, which are apart from the check's. */
    static final String FIX_KEY = "dev.guidepost.maven.fixed:";

    /** Claims {@code root} for {@code module}; empty when it won, else the module that claimed it first. */
    Optional<String> claim(Path root, String module) {
        return claim(KEY, root, module);
    }

    /** As {@link #claim(Path, String)} for the {@code fix} goal. */
    Optional<String> claimFix(Path root, String module) {
        return claim(FIX_KEY, root, module);
    }

    private Optional<String> claim(String prefix, Path root, String module) {
        String key = prefix + root.toAbsolutePath().normalize();
        if (data.set(key, null, module)) {
            return Optional.empty();
        }
        return Optional.of(String.valueOf(data.get(key)));
    }
}
