package dev.guidepost.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One folder as a scan listed it: enough to tell later, without a scan, whether a listing now
 * would give the same entries.
 *
 * @param folder the folder's absolute path
 * @param modified its modification time in nanoseconds since the epoch, taken before the listing
 *     ({@link #UNREADABLE} when it could not be read or listed)
 * @param names the names of its entries, sorted
 */
public record FolderListing(Path folder, long modified, List<String> names) {

    /** The time recorded for a folder that could not be read: it never counts as unchanged. */
    public static final long UNREADABLE = Long.MIN_VALUE;

    public FolderListing {
        names = List.copyOf(names);
    }

    /**
     * True when the folder would be listed with the same entries now, leaving out {@code leaveOut}
     * (names of files the caller writes itself, such as reports) on both sides. The modification
     * time decides when it is the same; otherwise the folder is listed again and the names compared.
     */
    public boolean unchanged(Set<String> leaveOut) {
        if (modified == UNREADABLE) {
            return false;
        }
        try {
            // to the millisecond: a memo keeps only runs whose inputs were older than the run by seconds
            if (folder.toFile().lastModified() == Math.floorDiv(modified, 1_000_000L)) {
                return true;
            }
            List<String> now = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                for (Path entry : stream) {
                    now.add(entry.getFileName().toString());
                }
            }
            now.sort(null);
            return without(now, leaveOut).equals(without(names, leaveOut));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<String> without(List<String> names, Set<String> leaveOut) {
        if (leaveOut.isEmpty()) {
            return names;
        }
        List<String> kept = new ArrayList<>(names.size());
        for (String name : names) {
            if (!leaveOut.contains(name)) {
                kept.add(name);
            }
        }
        return kept;
    }
}
