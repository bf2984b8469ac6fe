package dev.guidepost;

import dev.guidepost.cache.FileStamp;
import dev.guidepost.workspace.FolderListing;
import java.util.List;

/**
 * Everything a run's report depended on, as it was when the run read it: the scanned files, the
 * folders the scan listed, the ignore files it consulted, the policy files, the user settings and
 * baseline files, and files the rules looked for outside the scanned set. The same run gives the
 * same report while all of them are unchanged and Guidepost's build is the same.
 *
 * @param files files read or looked for (absent ones too)
 * @param folders folders the scan listed
 * @param startedAt when the run began reading them, in nanoseconds since the epoch
 */
public record RunInputs(List<FileStamp> files, List<FolderListing> folders, long startedAt) {

    public RunInputs {
        files = List.copyOf(files);
        folders = List.copyOf(folders);
    }

    /** The newest modification time among the inputs, in nanoseconds since the epoch. */
    public long newest() {
        long newest = Long.MIN_VALUE;
        for (FileStamp file : files) {
            newest = Math.max(newest, file.modified());
        }
        for (FolderListing folder : folders) {
            newest = Math.max(newest, folder.modified());
        }
        return newest;
    }

    /**
     * True when no input changed within {@code window} nanoseconds before the run started: a change
     * that close to the run could share a modification time with the state the run read.
     */
    public boolean settledFor(long window) {
        return newest() <= startedAt - window;
    }
}
