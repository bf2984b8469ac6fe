package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A run in which checks failed says so in every report format, next to the findings it kept. */
class IncompleteReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aReportWithAFailureNoteIsIncomplete() {
        assertThat(SampleReports.mixed().complete()).isTrue();
        Report report = SampleReports.incomplete();
        assertThat(report.complete()).isFalse();
        assertThat(report.failedChecks()).isEqualTo(2);
        assertThat(report.findings()).hasSize(SampleReports.mixed().findings().size());
    }

    @Test
    void textNamesTheFileAndRuleAndSaysTheRunIsIncomplete() {
        String text = new TextReportWriter(false).render(SampleReports.incomplete());
        assertThat(text).contains("apps/blog/models.py: rule django/no-print failed on this file: "
                + "java.lang.IllegalStateException: boom");
        assertThat(text).contains(".: rule django/claude-md-present failed: java.lang.StackOverflowError");
        assertThat(text).contains("Incomplete: 2 checks failed (see Notes)");
        assertThat(new TextReportWriter(false).render(SampleReports.mixed())).doesNotContain("Incomplete");
    }

    @Test
    void jsonMarksTheSummaryAndNamesTheFailedRule() throws Exception {
        String rendered = new JsonReportWriter().render(SampleReports.incomplete());
        assertThat(SchemaValidation.of(Path.of("../docs/json-report.schema.json")).problems(rendered)).isEmpty();
        JsonNode json = MAPPER.readTree(rendered);
        assertThat(json.get("summary").get("incomplete").asBoolean()).isTrue();
        JsonNode failed = null;
        for (JsonNode note : json.get("notes")) {
            if (note.get("path").asText().equals("apps/blog/models.py")) {
                failed = note;
            }
        }
        assertThat(failed).isNotNull();
        assertThat(failed.get("failedRule").asText()).isEqualTo("django/no-print");
        assertThat(json.get("findings")).hasSize(SampleReports.mixed().findings().size());
    }

    @Test
    void jsonOfACompleteRunHasNeitherField() {
        String rendered = new JsonReportWriter().render(SampleReports.mixed());
        assertThat(rendered).doesNotContain("incomplete").doesNotContain("failedRule");
    }

    @Test
    void sarifSaysTheExecutionFailedWithAnErrorNotificationPerFailure() throws Exception {
        String rendered = new SarifReportWriter().render(SampleReports.incomplete());
        assertThat(SchemaValidation.sarif().problems(rendered)).isEmpty();
        JsonNode invocation = MAPPER.readTree(rendered).get("runs").get(0).get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        int errors = 0;
        for (JsonNode notification : invocation.get("toolExecutionNotifications")) {
            if (notification.get("level").asText().equals("error")) {
                errors++;
                assertThat(notification.get("associatedRule").get("id").asText())
                        .isIn("django/no-print", "django/claude-md-present");
            }
        }
        assertThat(errors).isEqualTo(2);
        JsonNode complete = MAPPER.readTree(new SarifReportWriter().render(SampleReports.mixed()))
                .get("runs").get(0).get("invocations").get(0);
        assertThat(complete.get("executionSuccessful").asBoolean()).isTrue();
    }
}
