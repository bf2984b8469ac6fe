package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.report.ReportFormat;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Output targets compare by format and file, as records do (their methods are written out). */
class OutputTargetTest {

    @Test
    void targetsDifferByFormatAndFile() {
        OutputTarget json = OutputTarget.parse("json=out.json");
        assertThat(json).isEqualTo(OutputTarget.parse("json=out.json")).hasSameHashCodeAs(OutputTarget.parse("json=out.json"))
                .isNotEqualTo(OutputTarget.parse("sarif=out.json")).isNotEqualTo(OutputTarget.parse("json=other.json"))
                .isNotEqualTo(OutputTarget.parse("json")).isNotEqualTo(null).isNotEqualTo("json=out.json");
        assertThat(new OutputTarget(ReportFormat.TEXT, Optional.empty()))
                .isEqualTo(new OutputTarget(ReportFormat.TEXT, Optional.empty()))
                .isNotEqualTo(new OutputTarget(ReportFormat.TEXT, Optional.of(Path.of("report.txt"))));
    }
}
