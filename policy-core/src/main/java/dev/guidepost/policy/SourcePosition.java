package dev.guidepost.policy;

/**
 * A place in a policy file: the file as the user named it, and a 1-based line and column.
 * Line and column are 0 when the place is the file as a whole.
 */
public record SourcePosition(String file, int line, int column) {

    /** The position of a file as a whole. */
    public static SourcePosition ofFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
