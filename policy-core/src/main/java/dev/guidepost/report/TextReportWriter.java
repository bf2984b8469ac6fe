package dev.guidepost.report;

import dev.guidepost.policy.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The human-readable report: findings grouped by file, each in the same layout (line:column, or the
 * line alone for a finding about the whole file, severity, message, rule id, then the fix hint on
 * its own line; continuation lines indented), then notes and a summary line, which names the
 * slowest rule when the run was slow. ANSI colour only when asked for.
 */
public final class TextReportWriter implements ReportWriter {

    /** Where a finding's message and fix hint start: after the two-space margin, position and severity. */
    private static final int INDENT = 2 + 8 + 8;

    private final boolean colour;
    private final Optional<RunTiming> timing;

    public TextReportWriter(boolean colour) {
        this(colour, Optional.empty());
    }

    /** A writer whose summary also says how long a {@linkplain RunTiming#slow() slow} run took and its slowest rule. */
    public TextReportWriter(boolean colour, Optional<RunTiming> timing) {
        this.colour = colour;
        this.timing = timing;
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding finding : report.findings()) {
            byFile.computeIfAbsent(finding.location().path(), p -> new java.util.ArrayList<>()).add(finding);
        }
        for (Map.Entry<String, List<Finding>> entry : byFile.entrySet()) {
            out.append(style("1;4", entry.getKey())).append('\n');
            for (Finding finding : entry.getValue()) {
                Location at = finding.location();
                String position = !at.hasLine() ? "-"
                        : at.startColumn() > 0 ? at.startLine() + ":" + at.startColumn() : String.valueOf(at.startLine());
                out.append("  ").append(pad(position, 7)).append(' ')
                        .append(severity(finding.severity())).append(' ')
                        .append(indented(finding.message()))
                        .append(finding.placedOutsideItsProject() ? " [for " + finding.project() + "]" : "")
                        .append("  ").append(style("2", finding.ruleId())).append('\n');
                if (!finding.fix().isBlank()) {
                    out.append("  ").append(pad("", 7)).append(' ').append(pad("", 7)).append(' ')
                            .append(style("36", "fix: ")).append(indented(finding.fix())).append('\n');
                }
            }
            out.append('\n');
        }
        if (!report.notes().isEmpty()) {
            out.append(style("1", "Notes")).append('\n');
            for (Note note : report.notes()) {
                out.append("  ").append(note.path()).append(": ").append(note.message()).append('\n');
            }
            out.append('\n');
        }
        Map<Severity, Integer> counts = report.counts();
        int total = report.findings().size();
        long files = report.findings().stream().map(f -> f.location().path()).distinct().count();
        String summary = total == 0
                ? "No problems found"
                : total + (total == 1 ? " problem" : " problems") + " (" + plural(counts.get(Severity.ERROR), "error") + ", "
                        + plural(counts.get(Severity.WARNING), "warning") + ", " + counts.get(Severity.INFO) + " info) in "
                        + files + (files == 1 ? " place" : " places");
        out.append(style(total == 0 ? "32" : "1", summary)).append(" — ").append(String.valueOf(report.filesScanned()))
                .append(" files checked with ").append(String.valueOf(report.rules().size())).append(" rules of ")
                .append(report.policyName()).append('\n');
        if (report.suppressed() > 0) {
            out.append(String.valueOf(report.suppressed()))
                    .append(report.suppressed() == 1 ? " finding" : " findings").append(" suppressed inline\n");
        }
        if (report.baseline().isPresent()) {
            BaselineSummary baseline = report.baseline().get();
            out.append("Baseline ").append(baseline.file()).append(": ").append(String.valueOf(baseline.baselined()))
                    .append(baseline.baselined() == 1 ? " known finding" : " known findings").append(" not shown, ")
                    .append(String.valueOf(baseline.fixed()))
                    .append(baseline.fixed() == 1 ? " entry" : " entries").append(" fixed since\n");
        }
        if (!report.complete()) {
            int failed = report.failedChecks();
            out.append(style("31", "Incomplete: " + failed + (failed == 1 ? " check" : " checks")
                    + " failed (see Notes); findings of those rules on those files may be missing")).append('\n');
        }
        if (timing.isPresent() && timing.get().slow()) {
            out.append(timing.get().describe()).append('\n');
        }
    }

    /** Continuation lines of a multi-line message or fix line up under its first line. */
    private static String indented(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\n" + " ".repeat(INDENT));
    }

    private String severity(Severity severity) {
        String label = pad(severity.label(), 7);
        return switch (severity) {
            case ERROR -> style("31", label);
            case WARNING -> style("33", label);
            case INFO -> style("34", label);
        };
    }

    private String style(String code, String text) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    private static String plural(int count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
