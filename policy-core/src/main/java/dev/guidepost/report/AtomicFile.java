package dev.guidepost.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file whole or not at all, so that a reader sees either the previous content or
 * the new one, never a part. The content (text in UTF-8, or bytes) is streamed to a temporary file
 * in the target's folder, which is then moved over the target: atomically where the file system can, else with a plain
 * replacing move. Missing parent folders are created; the temporary file never outlives the call.
 * A new file gets the mode every other program's new files get (0666 less the umask, not the
 * 0600 of a temporary file); a replaced file keeps its mode.
 * A target that exists and is not a regular file (a device such as {@code /dev/null}, a pipe) is
 * written into directly: it must never be replaced by a regular file.
 */
public final class AtomicFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /** What goes into a file, written to its stream (buffered; closed by the caller). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Text that goes into a file, written to its writer (UTF-8, buffered; closed by the caller). */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes {@code text} to {@code target} in UTF-8, replacing any file there (half a surrogate pair
     * is written as '?', as {@link #writeText} writes it).
     *
     * @param target the file to write; a relative path is resolved against the current folder
     * @throws IOException when a folder, the temporary file or the move fails; the target is then
     *     left as it was
     */
    public static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes the text {@code text} writes to {@code target} in UTF-8, streamed: a report of megabytes
     * is never held whole in memory. A character UTF-8 cannot encode (half a surrogate pair) is written
     * as '?'.
     */
    public static void writeText(Path target, Text text) throws IOException {
        write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            text.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Writes what {@code content} writes to {@code target}, replacing any file there.
     *
     * @throws IOException when a folder, the temporary file, the content or the move fails; the target
     *     is then left as it was
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            if (Files.isDirectory(absolute)) {
                throw new IOException(target + " is a folder");
            }
            // a device or pipe such as /dev/null or /dev/stdout: write into it, never replace it
            writeInto(absolute, content);
            return;
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = newTemporary(folder, absolute.getFileName().toString());
        try {
            writeInto(temporary, content);
            if (Files.isRegularFile(absolute) && Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(absolute));
            }
            moveIntoPlace(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void writeInto(Path file, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            content.writeTo(out);
        }
    }

    /**
     * Moves a written temporary file over {@code target}: atomically where the file system can, so a
     * reader sees the old file or the new one, never a part.
     */
    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A new empty file in {@code folder}, named after {@code name}, to be moved or linked into place.
     * Unlike {@link Files#createTempFile}, which makes it 0600, no permissions are asked for, so the
     * operating system applies the umask as for any new file.
     */
    public static Path newTemporary(Path folder, String name) throws IOException {
        while (true) {
            Path candidate = folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // another writer picked the same name: draw again
            }
        }
    }
}
