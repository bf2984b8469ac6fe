package dev.guidepost;

import dev.guidepost.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a run split over several machines: shard {@code index} of {@code count} checks its
 * share of the files, and only shard 1 runs the repository-wide rules. The shares depend only on
 * the files' paths and sizes, so every machine of a CI matrix computes the same split; they are
 * balanced by bytes (largest file first, each to the shard with the fewest bytes so far).
 *
 * @param index 1-based
 * @param count how many shards the run is split into
 */
public record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": expected I/N with 1 <= I <= N");
        }
    }

    /**
     * Reads {@code I/N}, such as {@code 2/4}.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid shard '" + text + "': expected I/N, such as 2/4");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** True for the shard that runs the repository-wide rules. */
    public boolean first() {
        return index == 1;
    }

    /** The paths of the files this shard checks, out of all the files of a workspace. */
    public Set<String> select(List<WorkspaceFile> files) {
        List<WorkspaceFile> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparingLong(WorkspaceFile::size).reversed().thenComparing(WorkspaceFile::path));
        long[] bytes = new long[count];
        Set<String> mine = new HashSet<>();
        for (WorkspaceFile file : ordered) {
            int lightest = 0;
            for (int i = 1; i < count; i++) {
                if (bytes[i] < bytes[lightest]) {
                    lightest = i;
                }
            }
            // An empty file still counts, so that many small files spread out too.
            bytes[lightest] += Math.max(1, file.size());
            if (lightest == index - 1) {
                mine.add(file.path());
            }
        }
        return mine;
    }

    /** {@code 2/4}. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
