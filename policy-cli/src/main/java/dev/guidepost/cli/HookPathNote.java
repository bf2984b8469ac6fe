package dev.guidepost.cli;

import dev.guidepost.setup.HookEntries;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The warning {@code --hooks} gives when the hook entries' command cannot be found: the entries run
 * {@code guidepost hook} through the shell Claude Code starts, so without {@code guidepost} on the
 * {@code PATH} every hook fails (without blocking anything) and nothing is checked.
 */
final class HookPathNote {

    private HookPathNote() {
    }

    /** The note to print, empty when an executable {@code guidepost} is on {@code path} (the PATH's value). */
    static Optional<String> of(String path) {
        if (path != null) {
            for (String folder : path.split(File.pathSeparator)) {
                if (folder.isEmpty()) {
                    continue;
                }
                try {
                    if (Files.isExecutable(Path.of(folder, "guidepost"))) {
                        return Optional.empty();
                    }
                } catch (InvalidPathException e) {
                    // a PATH entry that is no path cannot hold the launcher
                }
            }
        }
        return Optional.of("'guidepost' is not on this shell's PATH: the hooks run '" + HookEntries.COMMAND
                + "' and fail (blocking nothing) until it is; install it (docs/install.md) or write the launcher's"
                + " absolute path into the hook commands");
    }
}
