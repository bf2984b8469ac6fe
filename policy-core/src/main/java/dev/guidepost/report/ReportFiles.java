package dev.guidepost.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report files of one run, written at once: each on a thread of its own (a run's cores are idle
 * once its findings are known), each streamed and whole or not at all ({@link ReportWriter#writeTo}).
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * One file to write.
     *
     * @param writer the format
     * @param file where it goes
     */
    public record Target(ReportWriter writer, Path file) {
    }

    /** A target that could not be written, and why. */
    public static final class Failure extends IOException {
        private final transient Target target;

        Failure(Target target, IOException cause) {
            super(cause.getMessage(), cause);
            this.target = target;
        }

        /** The target that failed. */
        public Target target() {
            return target;
        }
    }

    /**
     * Writes every target of {@code report}; when some cannot be written, the others still are, and the
     * first failure in the order of {@code targets} is thrown once all are done.
     */
    public static void write(Report report, List<Target> targets) throws Failure {
        List<Thread> threads = new ArrayList<>();
        IOException[] failures = new IOException[targets.size()];
        for (int i = 1; i < targets.size(); i++) {
            int index = i;
            Thread thread = new Thread(() -> failures[index] = write(report, targets.get(index)),
                    "guidepost-report-" + i);
            thread.start();
            threads.add(thread);
        }
        if (!targets.isEmpty()) {
            failures[0] = write(report, targets.get(0));
        }
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the files are finished all the same: none is left half-written
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (int i = 0; i < targets.size(); i++) {
            if (failures[i] != null) {
                throw new Failure(targets.get(i), failures[i]);
            }
        }
    }

    private static IOException write(Report report, Target target) {
        try {
            target.writer().writeTo(report, target.file());
            return null;
        } catch (IOException e) {
            return e;
        } catch (RuntimeException e) {
            return new IOException(e.toString(), e);
        }
    }
}
