package dev.guidepost.cli;

import dev.guidepost.report.AtomicFile;
import dev.guidepost.report.Report;
import dev.guidepost.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;

/** Writes report files whole or not at all ({@link AtomicFile}); a failure is a usage-level {@link CliException}. */
final class ReportFiles {

    private ReportFiles() {
    }

    static void write(Path target, String content) {
        try {
            AtomicFile.write(target, content);
        } catch (IOException e) {
            throw new CliException("cannot write report " + target + ": " + e.getMessage());
        }
    }

    static void write(ReportWriter writer, Report report, Path target) {
        try {
            writer.writeTo(report, target);
        } catch (IOException e) {
            throw new CliException("cannot write report " + target + ": " + e.getMessage());
        }
    }
}
