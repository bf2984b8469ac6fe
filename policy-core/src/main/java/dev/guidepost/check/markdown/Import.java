package dev.guidepost.check.markdown;

/**
 * An {@code @path} import as Claude Code reads it in an instruction file.
 *
 * @param target the path as written after '@', without a trailing {@code #fragment}
 * @param line 1-based line of the '@'
 * @param column 1-based column of the '@'
 * @param length characters from the '@' to the end of the path
 */
public record Import(String target, int line, int column, int length) {

    /** True for {@code @~/...}: a file in the user's home, outside every repository. */
    public boolean home() {
        return target.startsWith("~/");
    }
}
