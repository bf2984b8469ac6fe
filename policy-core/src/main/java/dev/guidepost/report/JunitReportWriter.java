package dev.guidepost.report;

import dev.guidepost.policy.RuleDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML as CI dashboards read it: {@code <testsuites>} with one {@code <testsuite>} per
 * rule (named by the rule id), one failing {@code <testcase>} per finding of the rule and one
 * passing test case for a rule without findings. Test cases are named by location, with a
 * counter when a rule reports the same place twice. Text is escaped and characters XML 1.0 cannot
 * hold are dropped; no timestamps or host names, so the same report gives the same bytes.
 */
public final class JunitReportWriter implements ReportWriter {

    @Override
    public void write(Report report, Appendable out) throws IOException {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        for (RuleDefinition rule : report.rules()) {
            byRule.put(rule.id(), new ArrayList<>());
        }
        for (Finding finding : report.findings()) {
            byRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding);
        }
        int tests = byRule.values().stream().mapToInt(f -> Math.max(1, f.size())).sum();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"").append(attribute("guidepost " + report.policyName()))
                .append("\" tests=\"").append(String.valueOf(tests))
                .append("\" failures=\"").append(String.valueOf(report.findings().size()))
                .append("\" errors=\"0\">\n");
        for (Map.Entry<String, List<Finding>> entry : byRule.entrySet()) {
            String ruleId = entry.getKey();
            List<Finding> findings = entry.getValue();
            out.append("  <testsuite name=\"").append(attribute(ruleId))
                    .append("\" tests=\"").append(String.valueOf(Math.max(1, findings.size())))
                    .append("\" failures=\"").append(String.valueOf(findings.size()))
                    .append("\" errors=\"0\" skipped=\"0\">\n");
            if (findings.isEmpty()) {
                out.append("    <testcase classname=\"").append(attribute(ruleId)).append("\" name=\"")
                        .append(attribute(ruleId + " has no findings")).append("\"/>\n");
            }
            Map<String, Integer> names = new HashMap<>();
            for (Finding finding : findings) {
                Location at = finding.location();
                int seen = names.merge(at.toString(), 1, Integer::sum);
                String name = seen == 1 ? at.toString() : at + " (" + seen + ")";
                out.append("    <testcase classname=\"").append(attribute(ruleId)).append("\" name=\"")
                        .append(attribute(name)).append("\" file=\"").append(attribute(at.path())).append('"');
                if (at.hasLine()) {
                    out.append(" line=\"").append(String.valueOf(at.startLine())).append('"');
                }
                out.append(">\n");
                out.append("      <failure message=\"").append(attribute(finding.message())).append("\" type=\"")
                        .append(finding.severity().label()).append("\">");
                StringBuilder body = new StringBuilder();
                body.append(finding.severity().label()).append(' ').append(ruleId).append(" at ").append(at).append('\n')
                        .append(finding.message()).append('\n');
                if (!finding.fix().isBlank()) {
                    body.append("fix: ").append(finding.fix()).append('\n');
                }
                out.append(text(body.toString())).append("</failure>\n");
                out.append("    </testcase>\n");
            }
            out.append("  </testsuite>\n");
        }
        out.append("</testsuites>\n");
    }

    /** Escapes text for an attribute value in double quotes, line ends kept as character references. */
    static String attribute(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> appendLegal(out, value, i, c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            }
        }
        return out.toString();
    }

    /** Escapes element text. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\t' -> out.append(c);
                case '\r' -> out.append("&#13;");
                default -> appendLegal(out, value, i, c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            }
        }
        return out.toString();
    }

    /** Appends the character at {@code i} (a whole surrogate pair) when XML 1.0 allows it. */
    private static void appendLegal(StringBuilder out, String value, int i, char c) {
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(i + 1));
            }
            return;
        }
        if (Character.isLowSurrogate(c) || c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            return;
        }
        out.append(c);
    }
}
