package dev.guidepost.maven;

import dev.guidepost.report.Report;
import dev.guidepost.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one report file per format into a folder. Each file is written to a temporary file
 * next to it and then moved into place, so a reader never sees a partly written report.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Writes {@code report} in every format to {@code directory}; returns the files written, in order. */
    public static List<Path> write(Report report, List<ReportFormat> formats, Path directory) throws IOException {
        if (formats.isEmpty()) {
            return List.of();
        }
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path target = directory.resolve(format.fileName());
            String text = format.writer(false).render(report);
            Path temp = Files.createTempFile(directory, "." + format.fileName() + ".", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            written.add(target);
        }
        return written;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
