package dev.guidepost.cli;

import dev.guidepost.report.ReportFormat;
import dev.guidepost.policy.Suggestion;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * One requested report: a format and where it goes (standard output when no file).
 * Parsed from {@code --format NAME} or {@code --format NAME=FILE}.
 */
record OutputTarget(ReportFormat format, Optional<Path> file) {

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
