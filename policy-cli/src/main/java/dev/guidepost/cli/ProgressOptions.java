package dev.guidepost.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import picocli.CommandLine.Option;

/** {@code --quiet}, and the progress line a check shows on a terminal when it is not given. */
final class ProgressOptions {

    @Option(names = {"-q", "--quiet"}, description = "Show no progress line on standard error (it is shown only "
            + "when standard error is a terminal and the check takes longer than a second).")
    boolean quiet;

    /** The progress line of a check, drawn on {@code err} when it is a terminal and not {@code --quiet}. */
    ProgressLine progress(PrintWriter err) {
        return progress(err, stderrIsTerminal(), System::nanoTime);
    }

    ProgressLine progress(PrintWriter err, boolean terminal, LongSupplier clock) {
        return new ProgressLine(err, clock, terminal && !quiet);
    }

    /**
     * Whether standard error is a terminal. Java 17 cannot ask directly: on Linux the descriptor's
     * link names the device (a pseudo-terminal or a tty); elsewhere a console (standard input and
     * output both terminals) stands in for it. A dumb terminal counts as none.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
