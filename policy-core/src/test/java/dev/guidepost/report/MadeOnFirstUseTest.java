package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints and excerpts made on first use: the same as made at once, and not made for a report
 * that never shows them.
 */
class MadeOnFirstUseTest {

    private static final List<Finding> FINDINGS = List.of(
            new Finding("r/a", Severity.ERROR, new Location("a.py", 2, 1, 2, 5), "m", "", "."),
            new Finding("r/a", Severity.ERROR, new Location("a.py", 4, 1, 4, 5), "m", "", "."),
            new Finding("r/b", Severity.WARNING, new Location("b.py", 1, 1, 1, 3), "n", "", "."),
            new Finding("r/c", Severity.INFO, Location.file("c.py"), "whole file", "", "."));

    private static Optional<List<String>> lines(String path) {
        return Optional.of(List.of("import os", "print(1)", "x = 2", "print(1)"));
    }

    @Test
    void fingerprintsAreMadeOnlyWhenAskedForAndThenTheSameAsMadeAtOnce() {
        AtomicInteger reads = new AtomicInteger();
        Map<Finding, String> lazy = Fingerprint.lazily(FINDINGS, path -> {
            reads.incrementAndGet();
            return lines(path);
        });
        Report report = new Report("1", "p", List.of(), FINDINGS, List.of(), 3, lazy, 0, Optional.empty());
        new TextReportWriter(false).render(report); // a text report shows no fingerprint
        assertThat(reads).hasValue(0);
        Map<Finding, String> atOnce = Fingerprint.assign(FINDINGS, MadeOnFirstUseTest::lines);
        assertThat(report.fingerprint(FINDINGS.get(1))).isEqualTo(atOnce.get(FINDINGS.get(1)));
        assertThat(reads).hasPositiveValue();
        assertThat(report.fingerprints()).isEqualTo(atOnce).hasSize(4);
        assertThat(atOnce).isEqualTo(report.fingerprints());
        assertThatThrownBy(() -> lazy.put(FINDINGS.get(0), "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void excerptsAreMadeOnlyWhenAskedFor() {
        AtomicInteger asked = new AtomicInteger();
        Map<Finding, List<String>> excerpts = Report.excerpts(FINDINGS, finding -> {
            asked.incrementAndGet();
            return finding.location().hasLine() ? Optional.of(List.of("line " + finding.location().startLine()))
                    : Optional.empty();
        });
        Report report = new Report("1", "p", List.of(), FINDINGS, List.of(), 3, Map.of(), 0, Optional.empty(), excerpts);
        new TextReportWriter(false).render(report);
        new JsonReportWriter().render(report); // fingerprints, no excerpts
        assertThat(asked).hasValue(0);
        assertThat(report.excerpt(FINDINGS.get(1))).containsExactly("line 4");
        assertThat(report.excerpt(FINDINGS.get(3))).isEmpty();
        assertThat(asked).hasValue(FINDINGS.size());
        assertThat(report.excerpts()).hasSize(3);
    }
}
