package dev.guidepost.engine;

import dev.guidepost.workspace.FileText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * An Aho–Corasick automaton for a set of ASCII words: which of them occur in a text, found in one
 * pass over its bytes with one table step per byte, whatever the number of words. Immutable and
 * safe to share between threads.
 *
 * <p>The automaton is a full transition table over classes of bytes: every char some word holds is
 * a class of its own, every other byte (including the non-ASCII ones) falls in class 0, which no word
 * holds. A state's row starts at {@code state * width} in the table and the table stores those
 * offsets, so that a step is one addition and one load; the states where some word ends are
 * numbered last, so that telling them is one comparison.
 */
final class WordSearch {

    /** The class of each byte value; 0 for a char no word holds. */
    private final int[] classes = new int[256];
    /** The number of classes: the width of a row of {@link #next}. */
    private final int width;
    /** The row offset of the state a state's row offset and a byte's class lead to. */
    private final int[] next;
    /** The row offset of the first state where some word ends. */
    private final int firstEnd;
    /** The number of the first state where some word ends. */
    private final int firstEndState;
    /** The length of the longest word. */
    private final int longest;
    /** The ids of the words ending in each state from {@link #firstEnd} on, by state number less that of the first. */
    private final int[][] ends;

    /**
     * The automaton for {@code words}: non-empty, ASCII only; {@code ids} gives the number
     * {@link #find} sets for each word (the same number for equal words is fine).
     */
    WordSearch(List<String> words, int[] ids) {
        // plain loops and int arrays: every run builds its automata first thing, in a fresh JVM
        int classCount = 1;
        int longestWord = 0;
        for (String word : words) {
            if (word.isEmpty() || !FileText.isAscii(word)) {
                throw new IllegalArgumentException("not an ASCII word: " + word);
            }
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (classes[c] == 0) {
                    classes[c] = classCount++;
                }
            }
            longestWord = Math.max(longestWord, word.length());
        }
        width = classCount;
        longest = longestWord;
        // the trie: goto rows (-1 where no word goes on), the words ending in each node
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        trie.add(newRow());
        out.add(new ArrayList<>());
        for (int w = 0; w < words.size(); w++) {
            int node = 0;
            String word = words.get(w);
            for (int k = 0; k < word.length(); k++) {
                int c = classes[word.charAt(k)];
                if (trie.get(node)[c] < 0) {
                    trie.get(node)[c] = trie.size();
                    trie.add(newRow());
                    out.add(new ArrayList<>());
                }
                node = trie.get(node)[c];
            }
            out.get(node).add(ids[w]);
        }
        // breadth first: each node's failure link is shallower, so its row and its words are done first
        int size = trie.size();
        int[][] delta = new int[size][];
        int[] fail = new int[size];
        // the queue of the breadth-first walk, which is also the order it visits the nodes in
        int[] order = new int[size];
        int queued = 1;
        for (int head = 0; head < queued; head++) {
            int node = order[head];
            int[] row = trie.get(node);
            int[] step = new int[width];
            for (int c = 0; c < width; c++) {
                if (row[c] >= 0) {
                    int child = row[c];
                    fail[child] = node == 0 ? 0 : delta[fail[node]][c];
                    out.get(child).addAll(out.get(fail[child]));
                    step[c] = child;
                    order[queued++] = child;
                } else {
                    step[c] = node == 0 ? 0 : delta[fail[node]][c];
                }
            }
            delta[node] = step;
        }
        // renumber: the root first, the states where no word ends, then those where some does
        int[] number = new int[size];
        int count = 0;
        for (int node : order) {
            if (out.get(node).isEmpty()) {
                number[node] = count++;
            }
        }
        firstEndState = count;
        ends = new int[size - firstEndState][];
        for (int node : order) {
            if (!out.get(node).isEmpty()) {
                ends[count - firstEndState] = distinct(out.get(node));
                number[node] = count++;
            }
        }
        firstEnd = firstEndState * width;
        next = new int[size * width];
        for (int node = 0; node < size; node++) {
            for (int c = 0; c < width; c++) {
                next[number[node] * width + c] = number[delta[node][c]] * width;
            }
        }
    }

    /** The distinct ids of a list, in their first order. */
    private static int[] distinct(List<Integer> ids) {
        int[] result = new int[ids.size()];
        int n = 0;
        for (int id : ids) {
            boolean seen = false;
            for (int k = 0; k < n && !seen; k++) {
                seen = result[k] == id;
            }
            if (!seen) {
                result[n++] = id;
            }
        }
        return Arrays.copyOf(result, n);
    }

    private int[] newRow() {
        int[] row = new int[width];
        Arrays.fill(row, -1);
        return row;
    }

    /**
     * Sets in {@code found} the id of every word that occurs in {@code bytes}. A long text is read as
     * two halves side by side, the first one the longest word further, so that every occurrence lies
     * whole in one of them: a step waits on the one before it (its state is the next load's index), and
     * two walks overlap their waits.
     */
    void find(byte[] bytes, BitSet found) {
        int[] table = next;
        int[] byteClass = classes;
        int matching = firstEnd;
        int n = bytes.length;
        int half = n / 2;
        int firstStop = Math.min(n, half + longest - 1);
        int i = 0;
        int j = half;
        int first = 0;
        int second = 0;
        if (half >= longest) {
            for (; j < n && i < firstStop; i++, j++) {
                first = table[first + byteClass[bytes[i] & 0xFF]];
                second = table[second + byteClass[bytes[j] & 0xFF]];
                if (first >= matching) {
                    mark(first, found);
                }
                if (second >= matching) {
                    mark(second, found);
                }
            }
        } else {
            firstStop = n;
            j = n;
        }
        for (; i < firstStop; i++) {
            first = table[first + byteClass[bytes[i] & 0xFF]];
            if (first >= matching) {
                mark(first, found);
            }
        }
        for (; j < n; j++) {
            second = table[second + byteClass[bytes[j] & 0xFF]];
            if (second >= matching) {
                mark(second, found);
            }
        }
    }

    private void mark(int state, BitSet found) {
        for (int id : ends[state / width - firstEndState]) {
            found.set(id);
        }
    }
}
