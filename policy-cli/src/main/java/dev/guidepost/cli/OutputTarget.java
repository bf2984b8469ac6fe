package dev.guidepost.cli;

import dev.guidepost.policy.Suggestion;
import dev.guidepost.report.ReportFormat;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One requested report: a format and where it goes (standard output when no file).
 * Parsed from {@code --format NAME} or {@code --format NAME=FILE}.
 */
record OutputTarget(ReportFormat format, Optional<Path> file) {
    // equals and hashCode written out in the records of this file: a record's own are built from
    // method handles on first use, which costs a short run more than it saves (docs/performance.md)
    @Override
    public boolean equals(Object other) {
        return other instanceof OutputTarget o && Objects.equals(format, o.format) && Objects.equals(file, o.file);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(format) * 31 + Objects.hashCode(file);
    }

    static OutputTarget parse(String text) {
        int equals = text.indexOf('=');
        String name = equals < 0 ? text : text.substring(0, equals);
        ReportFormat format = ReportFormat.parse(name).orElseThrow(() -> new CliException(
                "unknown format '" + name + "'" + Suggestion.likelyHint(name,
                        Arrays.stream(ReportFormat.values()).map(ReportFormat::label).toList())
                        + ": expected one of " + ReportFormat.labels()));
        if (equals >= 0) {
            String file = text.substring(equals + 1);
            if (file.isBlank()) {
                throw new CliException("no file after '" + name + "=' in --format");
            }
            return new OutputTarget(format, Optional.of(Path.of(file)));
        }
        return new OutputTarget(format, Optional.empty());
    }
}
