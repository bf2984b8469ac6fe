package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GithubReportWriterTest {

    @Test
    void writesOneCommandPerFindingWithPositions() {
        String out = new GithubReportWriter().render(SampleReports.mixed());
        assertThat(out.lines()).containsExactly(
                "::warning title=django/claude-md-present::(repository root) No CLAUDE.md covers the Django project at the root%0AFix: Add a CLAUDE.md next to manage.py",
                "::error file=apps/blog/views.py,line=12,col=5,endLine=12,endColumn=23,title=django/no-print::print() in production code%0AFix: Use logging instead",
                "::error file=apps/blog/views.py,line=40,col=9,endLine=42,endColumn=2,title=django/no-print::print() spanning lines: 100%25 <odd> & \"quoted\", a:b%0AFix: Use logging instead",
                "::notice file=docs/my notes%2Cv2.md,line=3,col=1,endLine=3,endColumn=10,title=acme/no-todo::TODO left:%0Asecond line%0D%0Athird ünïcødé 😀",
                "::warning file=services/api,title=django/claude-md-present::No CLAUDE.md covers services/api");
    }

    @Test
    void escapesPropertiesMoreThanData() {
        assertThat(GithubReportWriter.property("a:b,c%d\ne")).isEqualTo("a%3Ab%2Cc%25d%0Ae");
        assertThat(GithubReportWriter.data("a:b,c%d\r\n")).isEqualTo("a:b,c%25d%0D%0A");
    }

    @Test
    void cleanReportWritesNothing() {
        assertThat(new GithubReportWriter().render(SampleReports.clean())).isEmpty();
    }
}
