package dev.guidepost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.baseline.Baseline;
import dev.guidepost.report.BaselineSummary;
import dev.guidepost.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path repo;
    @TempDir
    Path outside;

    private Report check(Path baseline) {
        CheckRequest request = TestRepo.request(repo, outside);
        return TestRepo.guidepost().check(baseline == null ? request : request.withBaseline(baseline));
    }

    @Test
    void keepsAFindingBaselinedWhenLinesAreInsertedAboveIt() throws Exception {
        TestRepo.write(repo, "app.py", "import os\nprint('x')\n");
        Path baseline = outside.resolve("baseline.json");
        Baseline.write(check(null), baseline);

        TestRepo.write(repo, "app.py", "import os\nimport sys\n\n\ndef main():\n    pass\nprint('x')\n");
        Report report = check(baseline);

        assertThat(report.findings()).isEmpty();
        assertThat(report.baseline()).contains(new BaselineSummary(baseline.toString(), 2, 0));
    }

    @Test
    void reportsNewFindingsAndCountsFixedEntries() throws Exception {
        TestRepo.write(repo, "app.py", "print('x')\nprint('y')\n");
        Path baseline = outside.resolve("baseline.json");
        Baseline.write(check(null), baseline);

        TestRepo.write(repo, "app.py", "print('y')\nprint('z')  # new\n");
        Report report = check(baseline);

        assertThat(report.findings()).extracting(f -> f.location().startLine()).containsExactly(2);
        assertThat(report.baseline().orElseThrow().baselined()).isEqualTo(2);
        assertThat(report.baseline().orElseThrow().fixed()).isEqualTo(1);
    }

    @Test
    void identicalLinesNeedOneEntryEach() throws Exception {
        TestRepo.write(repo, "app.py", "print('x')\n");
        Path baseline = outside.resolve("baseline.json");
        Baseline.write(check(null), baseline);

        TestRepo.write(repo, "app.py", "print('x')\nprint('x')\n");
        assertThat(check(baseline).findings()).extracting(f -> f.location().startLine()).containsExactly(2);
    }

    @Test
    void writesASortedVersionedFileThatReadsBack() throws Exception {
        TestRepo.write(repo, "b.py", "print('b')\n");
        TestRepo.write(repo, "a.py", "print('a')  # TODO\n");
        Report report = check(null);
        Path file = outside.resolve("nested/baseline.json");
        Baseline.write(report, file);
        String text = Files.readString(file);
        assertThat(text).startsWith("{\n  \"guidepostBaseline\" : 1,\n  \"findings\" : [");
        assertThat(text.indexOf("\"a.py\"")).isLessThan(text.indexOf("\"b.py\""));
        Baseline read = Baseline.read(file);
        assertThat(read.entries()).hasSize(report.findings().size());
        assertThat(read.toJson()).isEqualTo(text);
    }

    @Test
    void explainsABadBaselineFile() throws Exception {
        Path file = outside.resolve("bad.json");
        Files.writeString(file, "{\"guidepostBaseline\": 9, \"findings\": []}");
        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(GuidepostException.class)
                .hasMessageContaining("expected \"guidepostBaseline\": 1, found 9");
        Files.writeString(file, "{\"guidepostBaseline\": 1, \"findings\": [{\"ruleId\": \"x\"}]}");
        assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining("findings[0] needs a non-empty 'fingerprint'");
        Files.writeString(file, "{ nope");
        assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining("is not valid JSON");
        assertThatThrownBy(() -> Baseline.read(outside.resolve("missing.json"))).hasMessageContaining("does not exist");
    }

    @Test
    void fingerprintIsSharedWithSarif() throws Exception {
        TestRepo.write(repo, "app.py", "print('x')\n");
        Report report = check(null);
        String sarif = dev.guidepost.report.ReportFormat.SARIF.writer(false).render(report);
        for (Baseline.Entry entry : Baseline.of(report).entries()) {
            assertThat(sarif).contains("\"guidepost/v1\" : \"" + entry.fingerprint() + "\"");
        }
    }
}
