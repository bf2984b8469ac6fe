package dev.guidepost.edit;

import dev.guidepost.report.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@link FileChange}s into a repository, each file whole or not at all. A new file is
 * written to a temporary file and linked into place, so that a file created meanwhile is never
 * replaced; a changed file is replaced atomically ({@link AtomicFile}) only when it still holds
 * the text the change was computed from.
 */
public final class ChangeWriter {

    private final Path root;

    public ChangeWriter(Path root) {
        this.root = root;
    }

    /**
     * Applies every change that alters something, in order.
     *
     * @throws IOException at the first change that cannot be applied (earlier ones stay applied):
     *     a file to create that exists, a file that changed since it was read, a failed write
     */
    public void apply(List<FileChange> changes) throws IOException {
        for (FileChange change : changes) {
            if (!change.isNoop()) {
                apply(change);
            }
        }
    }

    private void apply(FileChange change) throws IOException {
        Path target = root.resolve(change.path());
        if (change.creates()) {
            create(target, change.after());
            return;
        }
        Optional<String> current = read(target);
        if (current.isEmpty() || !current.get().equals(change.before().get())) {
            throw new IOException(change.path() + " changed while Guidepost was working on it; nothing written to it");
        }
        AtomicFile.write(target, change.after());
    }

    private static void create(Path target, String text) throws IOException {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists; Guidepost never overwrites a file it creates");
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = AtomicFile.newTemporary(folder, target.getFileName().toString()); // umask, not 0600
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                // a hard link fails when the target exists: the new file appears whole, never over another
                Files.createLink(target, temporary);
            } catch (UnsupportedOperationException | IOException e) {
                if (e instanceof FileAlreadyExistsException) {
                    throw e;
                }
                Files.move(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The text of a file, empty when it does not exist. */
    public static Optional<String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    }
}
