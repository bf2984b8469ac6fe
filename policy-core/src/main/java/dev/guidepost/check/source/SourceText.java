package dev.guidepost.check.source;

import java.util.Arrays;

/**
 * The text of a parsed file with the char offsets where its lines start, to turn offsets into line
 * and column. The line starts are found on the first question (most parsed files are asked none:
 * no rule reports there), in one pass; safe to share between threads.
 */
final class SourceText {

    private final String text;
    private volatile int[] lineStarts;

    SourceText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** 1-based line of a char offset. */
    int line(int offset) {
        int index = Arrays.binarySearch(lineStarts(), offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** 1-based column (in UTF-16 chars) of a char offset. */
    int column(int offset) {
        return offset - lineStarts()[line(offset) - 1] + 1;
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            starts = new int[Math.max(16, text.length() / 32)];
            int count = 1;
            for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = at + 1;
            }
            starts = Arrays.copyOf(starts, count);
            lineStarts = starts; // two threads asking first compute the same array: no harm
        }
        return starts;
    }
}
