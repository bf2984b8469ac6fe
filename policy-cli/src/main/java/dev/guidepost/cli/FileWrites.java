package dev.guidepost.cli;

import dev.guidepost.report.AtomicFile;
import dev.guidepost.report.Report;
import dev.guidepost.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes report files whole or not at all ({@link AtomicFile}); a failure is a usage-level {@link CliException}. */
final class FileWrites {

    private FileWrites() {
    }

    static void write(Path target, String content) {
        try {
            AtomicFile.write(target, content);
        } catch (IOException e) {
            throw new CliException("cannot write report " + target + ": " + e.getMessage());
        }
    }

    /** Writes the report files of {@code report} at once ({@link ReportFiles}). */
    static void write(Report report, List<ReportFiles.Target> targets) {
        try {
            ReportFiles.write(report, targets);
        } catch (ReportFiles.Failure e) {
            throw new CliException("cannot write report " + e.target().file() + ": " + e.getMessage());
        }
    }
}
