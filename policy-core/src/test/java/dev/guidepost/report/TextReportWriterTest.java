package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {

    private static Report report(Finding... findings) {
        return new Report("0.1.0", "p", SampleReports.mixed().rules(), List.of(findings), List.of(), 3);
    }

    @Test
    void everyFindingHasTheSameLayoutWhateverItsFixEndsWith() {
        String text = new TextReportWriter(false).render(report(
                new Finding("acme/no-todo", Severity.ERROR, Location.line(".claude/settings.json", 2), "deny nothing",
                        "Add a deny rule\n", "."),
                new Finding("acme/no-todo", Severity.ERROR, new Location(".claude/settings.json", 4, 7, 4, 30), "too broad",
                        "Narrow it", "."),
                new Finding("acme/no-todo", Severity.WARNING, Location.line("CLAUDE.md", 1), "no tests section",
                        "Add a section\non tests\n\n", ".")));
        assertThat(text).startsWith("""
                .claude/settings.json
                  2       error   deny nothing  acme/no-todo
                                  fix: Add a deny rule
                  4:7     error   too broad  acme/no-todo
                                  fix: Narrow it

                CLAUDE.md
                  1       warning no tests section  acme/no-todo
                                  fix: Add a section
                                  on tests

                3 problems""");
    }

    @Test
    void folderFindingsHaveNoLine() {
        String text = new TextReportWriter(false).render(report(
                new Finding("acme/no-todo", Severity.INFO, Location.file("apps/blog"), "no factories", "", "")));
        assertThat(text).startsWith("apps/blog\n  -       info    no factories  acme/no-todo\n");
    }

    @Test
    void aSlowRunNamesItsSlowestRule() {
        RunTiming slow = new RunTiming(Duration.ofMillis(12_340), "django/orm-no-raw-sql", Duration.ofMillis(4_100));
        String text = new TextReportWriter(false, Optional.of(slow)).render(report());
        assertThat(text).endsWith("rules of p\nTook 12.3 s; the slowest rule was django/orm-no-raw-sql "
                + "(4.1 s summed over the worker threads)\n");
    }

    @Test
    void aQuickRunSaysNothingAboutTime() {
        RunTiming quick = new RunTiming(Duration.ofMillis(900), "django/no-print", Duration.ofMillis(100));
        assertThat(new TextReportWriter(false, Optional.of(quick)).render(report())).doesNotContain("Took");
    }
}
