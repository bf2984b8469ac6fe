package dev.guidepost.report;

import java.io.IOException;

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
}
