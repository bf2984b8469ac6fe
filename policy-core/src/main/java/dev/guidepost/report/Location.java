package dev.guidepost.report;

/**
 * Where a finding is: a path relative to the repository root ('/'-separated; "." for the root
 * folder itself) and a 1-based line and column range.
 *
 * <p>A finding about a file as a whole (a section that is missing, a setting that is absent) is
 * still shown at a line, the most useful one the check knows (the heading after which a missing
 * section belongs, the {@code permissions} key, else line 1): such a location has a line but
 * column 0 ({@link #line}), and {@link #pointsAtText()} is false. Lines and columns are 0 only
 * for a folder, or a file that does not exist.
 */
public record Location(String path, int startLine, int startColumn, int endLine, int endColumn)
        implements Comparable<Location> {

    /** A whole file or folder. */
    public static Location file(String path) {
        return new Location(path, 0, 0, 0, 0);
    }

    /**
     * A finding about the file as a whole, shown at {@code line}: no column, since no text of
     * the line is at fault.
     */
    public static Location line(String path, int line) {
        return new Location(path, line, 0, line, 0);
    }

    /** A single point. */
    public static Location at(String path, int line, int column) {
        return new Location(path, line, column, line, column);
    }

    /** True when the location names a line, not just a file. */
    public boolean hasLine() {
        return startLine > 0;
    }

    /** True when the location names offending text (a line and a column), not only a place to show a finding. */
    public boolean pointsAtText() {
        return startLine > 0 && startColumn > 0;
    }

    // written out: reports key maps by findings, and a record's own methods run through method
    // handles that a short run spends more time interpreting than using
    @Override
    public int hashCode() {
        return (((path.hashCode() * 31 + startLine) * 31 + startColumn) * 31 + endLine) * 31 + endColumn;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Location l && startLine == l.startLine && startColumn == l.startColumn
                && endLine == l.endLine && endColumn == l.endColumn && path.equals(l.path);
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
        if (startLine <= 0) {
            return path;
        }
        return startColumn > 0 ? path + ":" + startLine + ":" + startColumn : path + ":" + startLine;
    }
}
