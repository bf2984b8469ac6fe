package dev.guidepost.report;

/** Something the run wants the user to know that is not a violation, such as a file that did not parse. */
public record Note(String path, String message) implements Comparable<Note> {

    @Override
    public int compareTo(Note other) {
        int c = path.compareTo(other.path);
        return c != 0 ? c : message.compareTo(other.message);
    }
}
