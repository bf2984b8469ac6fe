package dev.guidepost.report;

import java.io.IOException;

/**
 * GitHub Actions workflow commands that show findings as annotations on the changed files:
 * {@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule id>::message}, with
 * {@code warning} and {@code notice} for the other severities. Values are escaped the way
 * the runner expects ({@code %}, CR and LF everywhere; {@code :} and {@code ,} in properties
 * too). GitHub shows only the first few annotations of each kind per step; the rest stay in
 * the log.
 */
public final class GithubReportWriter implements ReportWriter {

    @Override
    public void write(Report report, Appendable out) throws IOException {
        for (Finding finding : report.findings()) {
            Location at = finding.location();
            out.append("::").append(command(finding)).append(' ');
            if (!at.path().equals(".")) {
                out.append("file=").append(property(at.path())).append(',');
            }
            if (at.hasLine()) {
                out.append("line=").append(String.valueOf(at.startLine())).append(',');
                if (at.startColumn() > 0) {
                    out.append("col=").append(String.valueOf(at.startColumn())).append(',');
                }
                if (at.endLine() >= at.startLine()) {
                    out.append("endLine=").append(String.valueOf(at.endLine())).append(',');
                    if (at.startColumn() > 0 && at.endColumn() > 0) {
                        out.append("endColumn=").append(String.valueOf(at.endColumn())).append(',');
                    }
                }
            }
            out.append("title=").append(property(finding.ruleId())).append("::");
            String message = finding.message();
            if (at.path().equals(".")) {
                message = "(repository root) " + message;
            }
            if (!finding.fix().isBlank()) {
                message = message + "\nFix: " + finding.fix();
            }
            out.append(data(message)).append('\n');
        }
    }

    private static String command(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escapes a command's message. */
    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command property value. */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
