package dev.guidepost;

import dev.guidepost.workspace.FileText;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.RandomAccess;

/**
 * The lines of a file as {@link FileText#lines} splits them, of which only some are kept: the
 * report needs the flagged lines of each finding, and a large repository's
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
        int[] numbers = new int[wanted.cardinality()];
        String[] texts = new String[numbers.length];
        int[] kept = {0};
        int size = FileText.eachLine(text, (number, start, end) -> {
            if (wanted.get(number)) {
                numbers[kept[0]] = number - 1;
                texts[kept[0]++] = text.substring(start, end);
            }
        });
        return new KeptLines(size, Arrays.copyOf(numbers, kept[0]), Arrays.copyOf(texts, kept[0]));
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
