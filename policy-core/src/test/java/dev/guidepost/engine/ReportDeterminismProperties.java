package dev.guidepost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.report.JsonReportWriter;
import dev.guidepost.report.SarifReportWriter;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The same repository and policy always give the same report bytes, however many threads run. */
class ReportDeterminismProperties {

    private static final Path SAMPLE = Path.of("../samples/django-broken").toAbsolutePath().normalize();
    private static String expectedJson;
    private static String expectedSarif;

    @BeforeContainer
    static void reference() {
        var report = Guidepost.standard().check(CheckRequest.of(SAMPLE).withThreads(1));
        expectedJson = new JsonReportWriter().render(report);
        expectedSarif = new SarifReportWriter().render(report);
    }

    @Property(tries = 6)
    void reportBytesDoNotDependOnThreads(@ForAll @IntRange(min = 1, max = 6) int threads) {
        var report = Guidepost.standard().check(CheckRequest.of(SAMPLE).withThreads(threads));
        assertThat(new JsonReportWriter().render(report)).isEqualTo(expectedJson);
        assertThat(new SarifReportWriter().render(report)).isEqualTo(expectedSarif);
        assertThat(report.findings()).isNotEmpty();
    }
}
