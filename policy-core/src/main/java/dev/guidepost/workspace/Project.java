package dev.guidepost.workspace;

/**
 * A sub-project found in the repository.
 *
 * @param path the project's folder relative to the root, "" for the root itself
 * @param name the folder's name, or the root folder's name for the root
 */
public record Project(ProjectKind kind, String path, String name) {

    /** True when {@code filePath} lies inside this project's folder. */
    public boolean contains(String filePath) {
        return path.isEmpty() || filePath.equals(path) || filePath.startsWith(path + "/");
    }

    /** A path inside the project: {@code relative} resolved against the project folder. */
    public String resolve(String relative) {
        return path.isEmpty() ? relative : path + "/" + relative;
    }

    /** The folder as shown in reports: "." for the root. */
    public String displayPath() {
        return path.isEmpty() ? "." : path;
    }
}
