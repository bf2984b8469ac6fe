package dev.guidepost.maven;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Finds the top of the repository a module lives in: the nearest folder, from the module up,
 * that holds {@code .git} (a folder, or a file as in worktrees and submodules). Without one,
 * the build's execution root stands in for it.
 */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /** The repository root for {@code moduleDirectory}, or {@code executionRoot} when no {@code .git} is found. */
    public static Path of(Path moduleDirectory, Path executionRoot) {
        Path dir = moduleDirectory.toAbsolutePath().normalize();
        while (dir != null) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return dir;
            }
            dir = dir.getParent();
        }
        return executionRoot.toAbsolutePath().normalize();
    }
}
