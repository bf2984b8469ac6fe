package dev.guidepost.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every active rule in
 * {@code tool.driver.rules}, one result per finding with a path relative to {@code %SRCROOT%}
 * and a {@link Fingerprint} in {@code partialFingerprints}. Keeps within code scanning's
 * documented upload limits (at most {@value #MAX_RESULTS} results, the most severe first, and
 * {@value #MAX_TAGS} tags per rule) and says in a tool notification what it left out. No
 * timestamps or absolute paths: the same report always gives the same bytes.
 */
public final class SarifReportWriter implements ReportWriter {

    /** The schema URI written into {@code $schema}. */
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    /** Code scanning rejects a run with more results than this. */
    public static final int MAX_RESULTS = 25_000;

    /** Code scanning shows at most this many tags of a rule (and rejects more than 20). */
    public static final int MAX_TAGS = 10;

    /** The base id every result location is relative to. */
    public static final String SRCROOT = "%SRCROOT%";

    static final String INFORMATION_URI = "https://guidepost.dev";

    @Override
    public void write(Report report, Appendable out) throws IOException {
        JsonText.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA_URI);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            writeRun(report, json);
            json.writeEndArray();
            json.writeEndObject();
        });
        out.append('\n');
    }

    private static void writeRun(Report report, JsonGenerator json) throws IOException {
        List<RuleDefinition> rules = rulesOf(report);
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        List<Finding> results = report.findings();
        int omitted = 0;
        if (results.size() > MAX_RESULTS) {
            omitted = results.size() - MAX_RESULTS;
            results = results.stream()
                    .sorted(Comparator.comparing(Finding::severity).thenComparing(Comparator.naturalOrder()))
                    .limit(MAX_RESULTS).sorted().toList();
        }
        json.writeStartObject();
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "Guidepost");
        json.writeStringField("version", report.toolVersion());
        json.writeStringField("semanticVersion", report.toolVersion());
        json.writeStringField("informationUri", INFORMATION_URI);
        json.writeArrayFieldStart("rules");
        for (RuleDefinition rule : rules) {
            writeRule(rule, json);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        writeInvocation(report, omitted, json);
        json.writeObjectFieldStart("originalUriBaseIds");
        json.writeObjectFieldStart(SRCROOT);
        json.writeObjectFieldStart("description");
        json.writeStringField("text", "The root of the checked repository.");
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeStringField("columnKind", "utf16CodeUnits");
        json.writeArrayFieldStart("results");
        for (Finding finding : results) {
            writeResult(report, finding, ruleIndex, json);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("properties");
        json.writeStringField("policy", report.policyName());
        json.writeNumberField("filesScanned", report.filesScanned());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The report's rules, plus a stub for any rule a finding names that the report does not list. */
    private static List<RuleDefinition> rulesOf(Report report) {
        List<RuleDefinition> rules = new ArrayList<>(report.rules());
        Set<String> known = new LinkedHashSet<>();
        rules.forEach(r -> known.add(r.id()));
        for (Finding finding : report.findings()) {
            if (known.add(finding.ruleId())) {
                rules.add(new RuleDefinition(finding.ruleId(), "", finding.severity(), finding.ruleId(), "", "", "", "",
                        List.of(), dev.guidepost.policy.PathSelector.all(),
                        dev.guidepost.policy.YamlNode.Mapping.empty(dev.guidepost.policy.SourcePosition.ofFile("")),
                        dev.guidepost.policy.SourcePosition.ofFile(""), "", List.of()));
            }
        }
        rules.sort(Comparator.comparing(RuleDefinition::id));
        return rules;
    }

    private static void writeRule(RuleDefinition rule, JsonGenerator json) throws IOException {
        String title = rule.title().isBlank() ? rule.id() : rule.title();
        String rationale = rule.rationale().isBlank() ? title : rule.rationale();
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", pascalCase(rule.id()));
        text(json, "shortDescription", title);
        text(json, "fullDescription", rationale);
        json.writeObjectFieldStart("help");
        StringBuilder help = new StringBuilder();
        StringBuilder markdown = new StringBuilder("**").append(title).append("**\n\n");
        if (!rule.fix().isBlank()) {
            help.append("Fix: ").append(rule.fix()).append("\n\n");
            markdown.append("**Fix:** ").append(rule.fix()).append("\n\n");
        }
        help.append(rationale);
        markdown.append(rationale);
        if (!rule.helpUri().isBlank()) {
            markdown.append("\n\n[More about this rule](").append(rule.helpUri()).append(')');
        }
        json.writeStringField("text", help.toString());
        json.writeStringField("markdown", markdown.toString());
        json.writeEndObject();
        if (!rule.helpUri().isBlank()) {
            json.writeStringField("helpUri", rule.helpUri());
        }
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.severity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        for (String tag : new LinkedHashSet<>(rule.tags()).stream().limit(MAX_TAGS).toList()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeInvocation(Report report, int omitted, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", report.complete());
        json.writeArrayFieldStart("toolExecutionNotifications");
        if (omitted > 0) {
            json.writeStartObject();
            json.writeStringField("level", "warning");
            text(json, "message", omitted + " less severe results left out: code scanning accepts at most "
                    + MAX_RESULTS + " results per run");
            json.writeEndObject();
        }
        for (Note note : report.notes()) {
            json.writeStartObject();
            json.writeStringField("level", note.isFailure() ? "error" : "note");
            text(json, "message", note.message());
            if (note.failedRule().isPresent()) {
                json.writeObjectFieldStart("associatedRule");
                json.writeStringField("id", note.failedRule().get());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            artifactLocation(json, note.path());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeResult(Report report, Finding finding, Map<String, Integer> ruleIndex, JsonGenerator json)
            throws IOException {
        Location at = finding.location();
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeNumberField("ruleIndex", ruleIndex.get(finding.ruleId()));
        json.writeStringField("level", level(finding.severity()));
        String message = finding.message().isBlank() ? finding.ruleId() : finding.message();
        text(json, "message", finding.fix().isBlank() ? message : message + "\nFix: " + finding.fix());
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        artifactLocation(json, at.path());
        if (!at.hasLine()) {
            // A folder, or a file that does not exist: code scanning places no result without a line.
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", 1);
            json.writeEndObject();
        } else {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", at.startLine());
            if (at.startColumn() > 0) {
                json.writeNumberField("startColumn", at.startColumn());
            }
            if (at.endLine() >= at.startLine()) {
                json.writeNumberField("endLine", at.endLine());
                boolean sameLine = at.endLine() == at.startLine();
                if (at.startColumn() > 0 && at.endColumn() > 0 && (!sameLine || at.endColumn() >= at.startColumn())) {
                    json.writeNumberField("endColumn", at.endColumn());
                }
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(Fingerprint.KEY, report.fingerprint(finding));
        json.writeEndObject();
        if (!finding.project().isEmpty() || !finding.properties().isEmpty()) {
            json.writeObjectFieldStart("properties");
            if (!finding.project().isEmpty()) {
                json.writeStringField("project", finding.project());
            }
            JsonReportWriter.writeProperties(json, finding.properties());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void artifactLocation(JsonGenerator json, String path) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(path));
        json.writeStringField("uriBaseId", SRCROOT);
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /** The SARIF level of a severity. */
    public static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code django/no-print} becomes {@code DjangoNoPrint}. */
    public static String pascalCase(String id) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }

    /**
     * A relative path as a URI reference: every byte outside the unreserved set and '/' is
     * percent-encoded; the root folder "." stays ".".
     */
    public static String uri(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
