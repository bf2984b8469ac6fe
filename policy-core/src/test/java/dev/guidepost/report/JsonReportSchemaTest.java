package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportSchemaTest {

    /** The documented schema in the repository's docs folder (tests run in policy-core). */
    private static final SchemaValidation SCHEMA = SchemaValidation.of(Path.of("../docs/json-report.schema.json"));

    @Test
    void mixedReportMatchesDocumentedSchema() {
        assertThat(SCHEMA.problems(new JsonReportWriter().render(SampleReports.mixed()))).isEmpty();
    }

    @Test
    void cleanReportMatchesDocumentedSchema() {
        assertThat(SCHEMA.problems(new JsonReportWriter().render(SampleReports.clean()))).isEmpty();
    }

    @Test
    void reportWithBaselineMatchesDocumentedSchema() {
        Report mixed = SampleReports.mixed();
        Report withBaseline = new Report(mixed.toolVersion(), mixed.policyName(), mixed.rules(), mixed.findings(),
                mixed.notes(), mixed.filesScanned(), Map.of(), 2, Optional.of(new BaselineSummary("b.json", 3, 1)));
        String json = new JsonReportWriter().render(withBaseline);
        assertThat(json).contains("\"baselined\" : 3");
        assertThat(SCHEMA.problems(json)).isEmpty();
    }

    @Test
    void schemaRejectsAnUndocumentedField() {
        String json = new JsonReportWriter().render(SampleReports.clean()).replace("\"policy\"", "\"surprise\" : 1,\n  \"policy\"");
        assertThat(SCHEMA.problems(json)).isNotEmpty();
    }

    @Test
    void schemaRejectsAnUnknownSeverity() {
        String json = new JsonReportWriter().render(SampleReports.mixed()).replace("\"severity\" : \"info\"",
                "\"severity\" : \"fatal\"");
        assertThat(SCHEMA.problems(json)).isNotEmpty();
    }
}
