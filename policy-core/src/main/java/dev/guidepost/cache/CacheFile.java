package dev.guidepost.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one file of the cache folder whole: the content goes to a private temporary file next to
 * it, which is then moved into place (atomically where the file system can), so runs that share
 * the folder each read a whole file. The result cache and the run memo both write this way.
 */
final class CacheFile {

    /** Writes a cache file's content. */
    interface Content {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private CacheFile() {
    }

    /** Writes {@code file} whole, creating its folder; the temporary file never outlives the call. */
    static void write(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(temporary), 1 << 16))) {
                content.writeTo(out);
            }
            dev.guidepost.report.AtomicFile.moveIntoPlace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
