package dev.guidepost;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.RandomAccess;

/**
 * The lines of a file as {@link dev.guidepost.workspace.FileText#lines} splits them, of which only
 * some are kept: the report needs the flagged lines of each finding, and a large repository's
 * findings sit in thousands of files whose other lines are never looked at. {@link #size()} is the
 * file's line count; asking for a line that was not kept is a programming error.
 */
final class KeptLines extends AbstractList<String> implements RandomAccess {

    private final int size;
    private final int[] numbers;
    private final String[] texts;

    private KeptLines(int size, int[] numbers, String[] texts) {
        this.size = size;
        this.numbers = numbers;
        this.texts = texts;
    }

    /** The lines of {@code text} whose numbers (from 1) are set in {@code wanted}. */
    static List<String> of(String text, BitSet wanted) {
        int count = wanted.cardinality();
        int[] numbers = new int[count];
        String[] texts = new String[count];
        int kept = 0;
        int line = 1;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            if (wanted.get(line)) {
                int stop = end < 0 ? text.length() : end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
                numbers[kept] = line - 1;
                texts[kept] = text.substring(start, stop);
                kept++;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
            line++;
        }
        return new KeptLines(line, Arrays.copyOf(numbers, kept), Arrays.copyOf(texts, kept));
    }

    @Override
    public String get(int index) {
        int at = Arrays.binarySearch(numbers, index);
        if (at < 0) {
            throw new IndexOutOfBoundsException("line " + (index + 1) + " of " + size + " was not kept");
        }
        return texts[at];
    }

    @Override
    public int size() {
        return size;
    }
}
