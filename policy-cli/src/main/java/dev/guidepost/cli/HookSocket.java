package dev.guidepost.cli;

import dev.guidepost.cache.CacheDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Where the hook server of one repository listens: a Unix domain socket in a folder only the user
 * may enter ({@code $XDG_RUNTIME_DIR/guidepost}, else {@code hook/run} in the user cache folder),
 * named after the repository root and the jar (so that a new installation starts a new server).
 * Loads only a handful of JDK classes: the hook client runs it on every call.
 */
final class HookSocket {

    private HookSocket() {
    }

    /** The repository a hook runs in: the nearest folder up from {@code cwd} with .git or guidepost.yaml. */
    static Path root(Path cwd) {
        Path start = cwd.toAbsolutePath().normalize();
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git")) || Files.isRegularFile(folder.resolve("guidepost.yaml"))) {
                return folder;
            }
        }
        return start;
    }

    /** The folder of the sockets, created with permissions 0700 when missing. */
    static Path folder() throws IOException {
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        Path folder = runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute()
                ? Path.of(runtime, "guidepost")
                : CacheDirectory.forUser().resolve("hook").resolve("run");
        Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rwx------");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(owner));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made by a concurrent hook
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(folder);
            }
        }
        try {
            if (!Files.getPosixFilePermissions(folder).equals(owner)) {
                Files.setPosixFilePermissions(folder, owner);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own access rules apply
        }
        return folder;
    }

    /** The socket of the server for {@code root} run from {@code jar}. */
    static Path socket(Path root, Path jar) throws IOException {
        CRC32 crc = new CRC32();
        String identity = root + "\u0000" + jar.toAbsolutePath() + "\u0000" + Files.getLastModifiedTime(jar).toMillis();
        crc.update(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String name = "hook-" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(identity.hashCode())
                + ".sock";
        return folder().resolve(name);
    }
}
