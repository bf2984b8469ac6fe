package dev.guidepost.check.source;

import java.util.Arrays;

/** The text of a parsed file with the char offsets where its lines start, to turn offsets into line and column. */
final class SourceText {

    private final String text;
    private final int[] lineStarts;

    SourceText(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        this.lineStarts = starts;
    }

    String text() {
        return text;
    }

    /** 1-based line of a char offset. */
    int line(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** 1-based column (in UTF-16 chars) of a char offset. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }
}
