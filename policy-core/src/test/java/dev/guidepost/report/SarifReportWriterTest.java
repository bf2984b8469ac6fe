package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidepost.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {

    private static final SchemaValidation SARIF = SchemaValidation.sarif();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode render(Report report) throws Exception {
        return MAPPER.readTree(new SarifReportWriter().render(report));
    }

    @Test
    void mixedReportIsValidSarif() {
        assertThat(SARIF.problems(new SarifReportWriter().render(SampleReports.mixed()))).isEmpty();
    }

    @Test
    void cleanReportIsValidSarif() {
        assertThat(SARIF.problems(new SarifReportWriter().render(SampleReports.clean()))).isEmpty();
    }

    @Test
    void validatorRejectsBrokenSarif() {
        String broken = new SarifReportWriter().render(SampleReports.mixed()).replace("\"startLine\" : 12", "\"startLine\" : 0");
        assertThat(SARIF.problems(broken)).isNotEmpty();
    }

    @Test
    void describesEveryRuleWithIndexMatchingResults() throws Exception {
        JsonNode run = render(SampleReports.mixed()).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules).hasSize(4);
        assertThat(rules.get(0).get("id").asText()).isEqualTo("acme/clean-rule");
        for (JsonNode result : run.get("results")) {
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
                    .isEqualTo(result.get("ruleId").asText());
        }
        JsonNode noPrint = rules.get(3);
        assertThat(noPrint.get("name").asText()).isEqualTo("DjangoNoPrint");
        assertThat(noPrint.get("shortDescription").get("text").asText()).isEqualTo("No print() in production code");
        assertThat(noPrint.get("helpUri").asText()).isEqualTo("https://guidepost.dev/rules/django/no-print");
        assertThat(noPrint.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(noPrint.get("help").get("markdown").asText()).contains("**Fix:** Use logging instead");
        assertThat(noPrint.get("properties").get("tags").toString()).isEqualTo("[\"django\",\"logging\"]");
    }

    @Test
    void writesARegionForEveryResultLineOneForFolders() throws Exception {
        JsonNode results = render(SampleReports.mixed()).get("runs").get(0).get("results");
        JsonNode root = results.get(0);
        assertThat(root.get("ruleId").asText()).isEqualTo("django/claude-md-present");
        JsonNode rootLocation = root.get("locations").get(0).get("physicalLocation");
        assertThat(rootLocation.get("region").toString()).isEqualTo("{\"startLine\":1}");
        results.forEach(r -> assertThat(r.get("locations").get(0).get("physicalLocation").get("region")
                .get("startLine").asInt()).isPositive());
        assertThat(rootLocation.get("artifactLocation").get("uri").asText()).isEqualTo(".");
        JsonNode print = results.get(1);
        JsonNode region = print.get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.toString()).isEqualTo("{\"startLine\":12,\"startColumn\":5,\"endLine\":12,\"endColumn\":23}");
        assertThat(print.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uriBaseId")
                .asText()).isEqualTo("%SRCROOT%");
        assertThat(print.get("level").asText()).isEqualTo("error");
    }

    @Test
    void writesOnlyTheLineOfAFindingAboutAWholeFile() throws Exception {
        Report report = new Report("0.1.0", "p", SampleReports.mixed().rules(), List.of(new Finding("acme/no-todo",
                Severity.INFO, Location.line("CLAUDE.md", 7), "no section on tests", "", "")), List.of(), 1);
        JsonNode region = render(report).get("runs").get(0).get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("region");
        assertThat(region.toString()).isEqualTo("{\"startLine\":7,\"endLine\":7}");
    }

    @Test
    void percentEncodesPathsAndMapsInfoToNote() throws Exception {
        JsonNode results = render(SampleReports.mixed()).get("runs").get(0).get("results");
        JsonNode todo = results.get(3);
        assertThat(todo.get("ruleId").asText()).isEqualTo("acme/no-todo");
        assertThat(todo.get("level").asText()).isEqualTo("note");
        assertThat(todo.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo("docs/my%20notes%2Cv2.md");
    }

    @Test
    void everyResultHasADistinctFingerprint() throws Exception {
        JsonNode results = render(SampleReports.mixed()).get("runs").get(0).get("results");
        List<String> fingerprints = new ArrayList<>();
        results.forEach(r -> fingerprints.add(r.get("partialFingerprints").get(Fingerprint.KEY).asText()));
        assertThat(fingerprints).hasSize(5).doesNotHaveDuplicates().allMatch(f -> f.matches("[0-9a-f]{32}"));
    }

    @Test
    void sameReportGivesSameBytes() {
        assertThat(new SarifReportWriter().render(SampleReports.mixed()))
                .isEqualTo(new SarifReportWriter().render(SampleReports.mixed()));
    }

    @Test
    void keepsTheMostSevereResultsWithinCodeScanningLimit() throws Exception {
        List<Finding> findings = new ArrayList<>();
        IntStream.range(0, SarifReportWriter.MAX_RESULTS).forEach(i -> findings.add(new Finding("acme/no-todo",
                Severity.INFO, Location.at("a.py", i + 1, 1), "todo", "", "")));
        findings.add(new Finding("django/no-print", Severity.ERROR, Location.at("z.py", 1, 1), "print", "", ""));
        Report big = new Report("0.1.0", "p", SampleReports.mixed().rules(), findings, List.of(), 2);
        JsonNode run = render(big).get("runs").get(0);
        assertThat(run.get("results")).hasSize(SarifReportWriter.MAX_RESULTS);
        assertThat(run.get("results").toString()).contains("django/no-print");
        assertThat(run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("message").get("text")
                .asText()).startsWith("1 less severe results left out");
    }

    @Test
    void pascalCasesRuleIds() {
        assertThat(SarifReportWriter.pascalCase("django/claude-md-present")).isEqualTo("DjangoClaudeMdPresent");
        assertThat(SarifReportWriter.pascalCase("guidepost/unused-suppression")).isEqualTo("GuidepostUnusedSuppression");
    }

    @Test
    void matchesGoldenFiles() {
        Golden.assertAllFormatsMatch("mixed", SampleReports.mixed());
        Golden.assertAllFormatsMatch("clean", SampleReports.clean());
    }
}
