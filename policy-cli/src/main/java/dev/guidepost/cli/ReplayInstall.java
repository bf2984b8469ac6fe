package dev.guidepost.cli;

import dev.guidepost.NativePlatform;
import dev.guidepost.report.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Puts the launcher's native replay for this platform ({@code guidepost-replay}, built from
 * {@code src/main/native/guidepost_replay.c} and carried in the jar) at the path given, executable.
 * The launcher runs this once, when it makes its class-data archive, and keeps the program next to
 * the archive; from then on it starts the program in place of java for {@code guidepost check}, which
 * answers an unchanged re-run from the run memo without a JVM ({@link CheckMemo}). Exits 0 when the
 * program is in place, 1 when the jar has none for this platform or it cannot be written.
 */
public final class ReplayInstall {

    private ReplayInstall() {
    }

    public static void main(String[] args) {
        System.exit(args.length == 1 && install(Path.of(args[0]).toAbsolutePath(), NativePlatform.current()) ? 0 : 1);
    }

    /** The resource that holds the replay for {@code platform}. */
    static String resource(String platform) {
        return "/dev/guidepost/cli/replay/" + platform + "/guidepost-replay";
    }

    /** Writes the replay for {@code platform} to {@code target} (whole, then moved into place); false when there is none. */
    static boolean install(Path target, String platform) {
        try (InputStream in = ReplayInstall.class.getResourceAsStream(resource(platform))) {
            if (in == null) {
                return false;
            }
            AtomicFile.write(target, in::transferTo);
            // as an installed program: every user who may run the launcher (a container's own user
            // when root installed it) may run it (the launcher names a target of its own, and moves it
            // into place only once it answers)
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // no POSIX permissions (Windows has no launcher to run it) or no room: java runs every check
        }
    }
}
