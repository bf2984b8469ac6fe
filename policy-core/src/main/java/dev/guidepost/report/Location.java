package dev.guidepost.report;

/**
 * Where a finding is: a path relative to the repository root ('/'-separated; "." for the root
 * folder itself) and a 1-based line and column range. Lines and columns are 0 when the finding
 * is about the file or folder as a whole.
 */
public record Location(String path, int startLine, int startColumn, int endLine, int endColumn)
        implements Comparable<Location> {

    /** A whole file or folder. */
    public static Location file(String path) {
        return new Location(path, 0, 0, 0, 0);
    }

    /** A single point. */
    public static Location at(String path, int line, int column) {
        return new Location(path, line, column, line, column);
    }

    /** True when the location names a line, not just a file. */
    public boolean hasLine() {
        return startLine > 0;
    }

    @Override
    public int compareTo(Location other) {
        int c = path.compareTo(other.path);
        if (c == 0) {
            c = Integer.compare(startLine, other.startLine);
        }
        if (c == 0) {
            c = Integer.compare(startColumn, other.startColumn);
        }
        if (c == 0) {
            c = Integer.compare(endLine, other.endLine);
        }
        if (c == 0) {
            c = Integer.compare(endColumn, other.endColumn);
        }
        return c;
    }

    @Override
    public String toString() {
        return startLine > 0 ? path + ":" + startLine + ":" + startColumn : path;
    }
}
