package dev.guidepost.report;

import java.io.IOException;
import java.nio.file.Path;

/** Renders a {@link Report} in one format. Implementations are stateless. */
public interface ReportWriter {

    void write(Report report, Appendable out) throws IOException;

    /** The report rendered to a string. */
    default String render(Report report) {
        StringBuilder out = new StringBuilder();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the report to the file {@code target}, whole or not at all ({@link AtomicFile}), streamed:
     * a report of megabytes is never held in memory as one string.
     */
    default void writeTo(Report report, Path target) throws IOException {
        AtomicFile.writeText(target, out -> write(report, out));
    }
}
