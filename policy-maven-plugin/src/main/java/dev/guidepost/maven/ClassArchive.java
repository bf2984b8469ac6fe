package dev.guidepost.maven;

import dev.guidepost.report.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The forked JVM's class-data archive (AppCDS): the classes a check loads, kept in the user's cache
 * folder, so that a later fork maps them instead of reading, verifying and linking them from the jars
 * (saleor: ~0.17 s less wall time and ~0.3 s less CPU per build). The first fork of an installation
 * dumps it when it exits ({@code -XX:ArchiveClassesAtExit}), which costs that build ~0.6 s once; the
 * goal then moves it into place ({@link #keep}), so concurrent builds never see half a file.
 *
 * <p>Its name holds the java and the class path with their sizes and times: another JDK, plugin version
 * or rebuilt jar gets an archive of its own, and the stale ones of the same installation are removed
 * when it is made. The JVM checks the archive against the JDK and the jars again and ignores one that
 * does not fit; its messages about the archive are switched off.
 *
 * @param file the archive
 */
record ClassArchive(Path file) {

    /** Archives not made again for this long are removed when another one is made. */
    static final Duration UNUSED = Duration.ofDays(30);

    private static final String PREFIX = "maven-";

    /** The JVM's own messages about archives (a mismatch, a failed map) are not the user's concern. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /**
     * The archive for forks of {@code java} with {@code classpath}, in {@code folder}; empty when the JVM
     * cannot use one: options of the user's own that decide about class sharing, no base archive of the
     * JDK's (without it, dumping one stops the JVM before it starts), or a java or jar that cannot be read.
     */
    static Optional<ClassArchive> of(Path folder, Path java, List<Path> classpath, List<String> jvmArgs) {
        if (jvmArgs.stream().anyMatch(ClassArchive::decidesSharing)) {
            return Optional.empty();
        }
        try {
            Path real = java.toRealPath();
            Path bin = real.getParent();
            Path home = bin == null ? null : bin.getParent();
            if (home == null || !(Files.isRegularFile(home.resolve("lib/server/classes.jsa"))
                    || Files.isRegularFile(home.resolve("bin/server/classes.jsa")))) {
                return Optional.empty();
            }
            StringBuilder where = new StringBuilder(real.toString());
            StringBuilder stamps = new StringBuilder(stamp(home.resolve("lib/modules")));
            for (Path entry : classpath) {
                where.append('\n').append(entry.toAbsolutePath());
                stamps.append('\n').append(stamp(entry));
            }
            return Optional.of(new ClassArchive(folder.resolve(PREFIX + hash(where) + "-" + hash(stamps) + ".jsa")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean decidesSharing(String option) {
        return option.startsWith("-Xshare:") || option.startsWith("-XX:SharedArchiveFile")
                || option.startsWith("-XX:ArchiveClassesAtExit") || option.contains("AutoCreateSharedArchive")
                || option.startsWith("-XX:AOTCache") || option.startsWith("-XX:AOTMode");
    }

    private static String stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
    }

    /** FNV-1a, 64 bits, in hex: a name, not a check (the JVM checks what the archive fits). */
    private static String hash(CharSequence text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.toString().getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return String.format("%016x", hash);
    }

    /** True when the archive has been made (or a dump of it failed, which is not tried again). */
    boolean settled() {
        return Files.isRegularFile(file) || Files.exists(failedMark());
    }

    /** The options of a fork that uses the archive; none when there is none to use. */
    List<String> useOptions() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=" + file, QUIET.get(0), QUIET.get(1));
    }

    /** A new name next to the archive for a fork to dump it to (the folder is made). */
    Path dumpFile() throws IOException {
        Files.createDirectories(file.getParent());
        return file.resolveSibling(file.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current()
                .nextLong(), 36) + ".tmp");
    }

    /** The options of a fork that dumps the archive to {@code dump} when it exits. */
    static List<String> dumpOptions(Path dump) {
        return List.of("-XX:ArchiveClassesAtExit=" + dump, QUIET.get(0), QUIET.get(1));
    }

    /**
     * Moves what a fork dumped into place and removes the installation's stale archives and any not made
     * for {@link #UNUSED}; false (and nothing moved) when the fork dumped nothing.
     */
    boolean keep(Path dump) {
        try {
            if (!Files.isRegularFile(dump) || Files.size(dump) == 0) {
                return false;
            }
            writable(file); // the JVM makes an archive read-only, which Windows would not replace
            AtomicFile.moveIntoPlace(dump, file);
            removeStale();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            delete(dump);
        }
    }

    /** Records that a fork could not dump the archive, so later builds do not try again. */
    void failed(Path dump) {
        delete(dump);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(failedMark(), "");
        } catch (IOException | RuntimeException e) {
            // the next build tries once more
        }
    }

    private Path failedMark() {
        return file.resolveSibling(file.getFileName() + ".failed");
    }

    private void removeStale() throws IOException {
        String name = file.getFileName().toString();
        String installation = name.substring(0, name.lastIndexOf('-') + 1);
        Instant unused = Instant.now().minus(UNUSED);
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(file.getParent(), PREFIX + "*")) {
            for (Path other : archives) {
                String otherName = other.getFileName().toString();
                if (otherName.equals(name) || otherName.endsWith(".tmp") && !old(other, unused)) {
                    continue; // a dump another build is making
                }
                if (otherName.startsWith(installation) || old(other, unused)) {
                    delete(other);
                }
            }
        }
    }

    private static boolean old(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static void writable(Path file) {
        if (Files.exists(file)) {
            file.toFile().setWritable(true);
        }
    }

    private static void delete(Path file) {
        try {
            writable(file);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next archive made to remove
        }
    }
}
