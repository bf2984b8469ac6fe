package dev.guidepost.maven;

import dev.guidepost.report.AtomicFile;
import dev.guidepost.report.Report;
import dev.guidepost.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one report file per format into a folder, each whole or not at all
 * ({@link AtomicFile}), so a reader never sees a partly written report.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Writes {@code report} in every format to {@code directory}; returns the files written, in order. */
    public static List<Path> write(Report report, List<ReportFormat> formats, Path directory) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path target = directory.resolve(format.fileName());
            AtomicFile.write(target, format.writer(false).render(report));
            written.add(target);
        }
        return written;
    }
}
