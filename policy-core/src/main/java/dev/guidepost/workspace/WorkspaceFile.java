package dev.guidepost.workspace;

import java.nio.file.Path;

/**
 * A file of the checked repository.
 *
 * @param path relative to the repository root, '/'-separated
 * @param size in bytes
 * @param modified the last modification time in nanoseconds since the epoch, 0 when unknown
 * @param language "python", "typescript", "tsx", "javascript", "java", "go", "markdown", "json",
 *     "yaml", "toml", "text", or "" when unknown
 */
public record WorkspaceFile(String path, Path absolutePath, String language, long size, long modified) {

    /** A file whose modification time is not known. */
    public WorkspaceFile(String path, Path absolutePath, String language, long size) {
        this(path, absolutePath, language, size, 0);
    }

    /** The file name without folders. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The folder holding the file, relative to the root ("" for the root). */
    public String directory() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
