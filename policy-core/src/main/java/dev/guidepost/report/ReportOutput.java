package dev.guidepost.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One report a run should write: a format and where to, as a front-end option gives it:
 * {@code sarif} (standard output) or {@code sarif=build/guidepost.sarif} (a file).
 *
 * @param file the file to write, relative to the working directory; empty for standard output
 */
public record ReportOutput(ReportFormat format, Optional<String> file) {

    /**
     * Parses {@code FORMAT} or {@code FORMAT=FILE}.
     *
     * @throws IllegalArgumentException naming the known formats when the format is unknown or the
     *     file is empty
     */
    public static ReportOutput parse(String text) {
        int equals = text.indexOf('=');
        String name = equals < 0 ? text : text.substring(0, equals);
        ReportFormat format = ReportFormat.parse(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown report format '" + name.trim() + "': expected one of " + ReportFormat.labels()));
        if (equals < 0) {
            return new ReportOutput(format, Optional.empty());
        }
        String file = text.substring(equals + 1).trim();
        if (file.isEmpty()) {
            throw new IllegalArgumentException("no file after '" + name.trim() + "=': write FORMAT=FILE, e.g. "
                    + format.label() + "=" + format.fileName());
        }
        return new ReportOutput(format, Optional.of(file));
    }

    /**
     * Parses every option value; at most one may go to standard output and no file may be named
     * twice.
     *
     * @throws IllegalArgumentException on the first bad value
     */
    public static List<ReportOutput> parseAll(List<String> texts) {
        List<ReportOutput> outputs = new ArrayList<>();
        Set<String> files = new HashSet<>();
        int toStdout = 0;
        for (String text : texts) {
            ReportOutput output = parse(text);
            if (output.file().isEmpty() && ++toStdout > 1) {
                throw new IllegalArgumentException("only one report can go to standard output: give the others a file, "
                        + "e.g. " + output.format().label() + "=" + output.format().fileName());
            }
            if (output.file().isPresent() && !files.add(output.file().get())) {
                throw new IllegalArgumentException("two reports would be written to " + output.file().get());
            }
            outputs.add(output);
        }
        return outputs;
    }
}
