package dev.guidepost.hook;

import dev.guidepost.GuidepostException;
import dev.guidepost.workspace.ChangedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What Guidepost remembers of one Claude Code session in one repository, so that the Stop hook
 * knows what changed since the session began: the git commit checked out when Guidepost first
 * heard of the session, and every file an edit tool touched since. One small text file per
 * session under the state folder ({@code start REV} once, then {@code file PATH} lines appended);
 * files older than a week are removed.
 */
final class SessionLog {

    private static final Duration KEPT = Duration.ofDays(7);

    private final Path directory;

    SessionLog(Path stateDirectory, Path root) {
        this.directory = stateDirectory.resolve("sessions").resolve(key(root.toString()));
    }

    /** Notes the session's start (the current commit, or none) unless it is noted already. */
    void begin(Path root, String session) throws IOException {
        Path file = file(session);
        if (Files.exists(file)) {
            return;
        }
        Files.createDirectories(directory);
        removeOld();
        String start = "start " + ChangedFiles.head(root).orElse("-") + "\n";
        try {
            Files.writeString(file, start, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another hook of the same session was first
        }
    }

    /** Notes a file an edit tool touched (a path relative to the repository root). */
    void touched(String session, String path) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(file(session), "file " + path + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /**
     * The files changed in the session: those edit tools touched, plus what git says changed since
     * the start commit (committed, staged, modified or new), as paths relative to {@code root}.
     */
    Set<String> changed(Path root, String session) throws IOException {
        Set<String> out = new TreeSet<>();
        Path file = file(session);
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.startsWith("file ")) {
                out.add(line.substring("file ".length()));
            } else if (line.startsWith("start ") && !line.equals("start -")) {
                try {
                    out.addAll(ChangedFiles.since(root, line.substring("start ".length())));
                } catch (GuidepostException e) {
                    // not a git work tree any more, or the commit is gone: the edits noted still count
                }
            }
        }
        return out;
    }

    private Path file(String session) {
        return directory.resolve(key(session));
    }

    private void removeOld() {
        Instant limit = Instant.now().minus(KEPT);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path old : files.toList()) {
                FileTime modified = Files.getLastModifiedTime(old);
                if (modified.toInstant().isBefore(limit)) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException e) {
            // clearing old sessions is housekeeping; a failure changes no answer
        }
    }

    /** A file name for any text: its SHA-256, shortened. */
    static String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
