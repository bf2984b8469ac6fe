package dev.guidepost.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.guidepost.policy.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report, schema version 1 (documented in docs/json-report.md and
 * docs/json-report.schema.json). Keys come in a fixed order, findings in report order, and line
 * ends are always '\n', so the same report always gives the same bytes.
 */
public final class JsonReportWriter implements ReportWriter {

    /** Bumped on any incompatible change of the layout. */
    public static final int SCHEMA_VERSION = 1;

    @Override
    public void write(Report report, Appendable out) throws IOException {
        JsonText.write(out, json -> {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "guidepost");
            json.writeStringField("version", report.toolVersion());
            json.writeEndObject();
            json.writeStringField("policy", report.policyName());
            json.writeObjectFieldStart("summary");
            json.writeNumberField("filesScanned", report.filesScanned());
            json.writeNumberField("rules", report.rules().size());
            json.writeNumberField("findings", report.findings().size());
            Map<Severity, Integer> counts = report.counts();
            for (Severity severity : Severity.values()) {
                json.writeNumberField(severity.label(), counts.get(severity));
            }
            json.writeNumberField("suppressed", report.suppressed());
            if (!report.complete()) {
                json.writeBooleanField("incomplete", true);
            }
            if (report.baseline().isPresent()) {
                BaselineSummary baseline = report.baseline().get();
                json.writeObjectFieldStart("baseline");
                json.writeStringField("file", baseline.file());
                json.writeNumberField("baselined", baseline.baselined());
                json.writeNumberField("fixed", baseline.fixed());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (Finding finding : report.findings()) {
                json.writeStartObject();
                json.writeStringField("ruleId", finding.ruleId());
                json.writeStringField("severity", finding.severity().label());
                json.writeStringField("path", finding.location().path());
                json.writeNumberField("startLine", finding.location().startLine());
                json.writeNumberField("startColumn", finding.location().startColumn());
                json.writeNumberField("endLine", finding.location().endLine());
                json.writeNumberField("endColumn", finding.location().endColumn());
                json.writeStringField("message", finding.message());
                json.writeStringField("fix", finding.fix());
                json.writeStringField("project", finding.project());
                json.writeStringField("fingerprint", report.fingerprint(finding));
                if (!finding.properties().isEmpty()) {
                    json.writeObjectFieldStart("properties");
                    writeProperties(json, finding.properties());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("notes");
            for (Note note : report.notes()) {
                json.writeStartObject();
                json.writeStringField("path", note.path());
                json.writeStringField("message", note.message());
                if (note.failedRule().isPresent()) {
                    json.writeStringField("failedRule", note.failedRule().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
        out.append('\n');
    }

    /** Each property as a field holding an array of strings (SARIF's result property bag has the same fields). */
    static void writeProperties(JsonGenerator json, Map<String, List<String>> properties)
            throws IOException {
        for (Map.Entry<String, List<String>> property : properties.entrySet()) {
            json.writeArrayFieldStart(property.getKey());
            for (String value : property.getValue()) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
    }
}
