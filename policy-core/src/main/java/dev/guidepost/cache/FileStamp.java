package dev.guidepost.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;

/**
 * What a run knew of one file it depended on: its size and modification time (through links, as
 * the scan reads them), or that it was absent.
 *
 * @param file an absolute path
 * @param size in bytes; {@link #ABSENT} when there was no such file, {@link #FOLDER} for a folder
 * @param modified nanoseconds since the epoch; 0 when absent
 */
public record FileStamp(Path file, long size, long modified) {

    /** The size recorded for a file that did not exist. */
    public static final long ABSENT = -1;

    /** The size recorded for a path that was a folder (or anything but a regular file). */
    public static final long FOLDER = -2;

    /** The file as it is now. */
    public static FileStamp of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Instant time = attributes.lastModifiedTime().toInstant();
            return new FileStamp(file, attributes.isRegularFile() ? attributes.size() : FOLDER,
                    time.getEpochSecond() * 1_000_000_000L + time.getNano());
        } catch (IOException | RuntimeException e) {
            return new FileStamp(file, ABSENT, 0);
        }
    }

    /** True when the file is as recorded: same size and modification time, or still absent. */
    public boolean current() {
        return equals(of(file));
    }
}
