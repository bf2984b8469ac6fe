package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    private static final String HTML = new HtmlReportWriter().render(SampleReports.mixed());

    @Test
    void loadsNothingFromOutside() {
        assertThat(HTML).doesNotContainPattern("(?i)<(script|link|img|iframe)[^>]+(src|href)=");
        assertThat(HTML).doesNotContainPattern("(?i)@import|url\\(");
        assertThat(HTML).contains("default-src 'none'");
    }

    @Test
    void showsTotalsBySeverityRuleAndProject() {
        assertThat(HTML).contains("<h2>5 problems</h2>");
        assertThat(HTML).containsPattern("data-severity=\"error\"><span class=\"count\">2</span>");
        assertThat(HTML).containsPattern("data-severity=\"warning\"><span class=\"count\">2</span>");
        assertThat(HTML).containsPattern("data-severity=\"info\"><span class=\"count\">1</span>");
        assertThat(section("by-rule")).contains("<th scope=\"row\">django/no-print</th><td class=\"num\">2</td>");
        assertThat(section("by-project")).contains("<th scope=\"row\">services/api</th><td class=\"num\">1</td>")
                .contains("(root)").contains("(outside every project)");
        assertThat(HTML).contains("<svg class=\"bar\"");
    }

    @Test
    void escapesEverythingTakenFromTheRepository() {
        assertThat(HTML).contains("print() spanning lines: 100% &lt;odd&gt; &amp; &quot;quoted&quot;, a:b");
        assertThat(HTML).doesNotContain("<odd>");
    }

    @Test
    void showsCodeFixAndRationaleOfAFinding() {
        Finding finding = new Finding("django/no-print", Severity.ERROR, new Location("a.py", 3, 5, 4, 2),
                "print() in <b>code</b>", "Use logging", ".");
        Report base = SampleReports.mixed();
        Report report = new Report("0.1.0", "p", base.rules(), List.of(finding), List.of(), 1, Map.of(), 0,
                Optional.empty(), Map.of(finding, List.of("    print(x,", "  y)  # <tag>")));
        String html = new HtmlReportWriter().render(report);
        assertThat(html).contains("<span class=\"pos\">line 3:5</span>")
                .contains("<pre class=\"code\"><span class=\"ln\">3</span>    print(x,\n<span class=\"ln\">4</span>  y)  # &lt;tag&gt;\n</pre>")
                .contains("<p class=\"fix\"><strong>Fix:</strong> Use logging</p>")
                .contains("<summary>Why: No print() in production code</summary>")
                .contains("print output is lost in production; a logger keeps it.")
                .contains("href=\"https://guidepost.dev/rules/django/no-print\"");
    }

    @Test
    void isWellFormedMarkupApartFromScriptStyleAndVoidElements() throws Exception {
        String xml = HTML.replaceFirst("<!DOCTYPE html>", "").replaceAll("(?s)<(script|style)>.*?</\\1>", "").replaceAll("<(meta|input)([^>]*[^/])>", "<$1$2/>")
                .replace(" checked ", " checked=\"checked\" ").replace(" hidden ", " hidden=\"hidden\" ")
                .replace(" hidden>", " hidden=\"hidden\">");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCleanReportSaysSo() {
        assertThat(new HtmlReportWriter().render(SampleReports.clean())).contains("<h2>No problems found</h2>")
                .doesNotContain("<table");
    }

    @Test
    void sameReportGivesSameBytes() {
        assertThat(new HtmlReportWriter().render(SampleReports.mixed())).isEqualTo(HTML);
    }

    private static String section(String id) {
        var m = Pattern.compile("<table class=\"chart\" id=\"" + id + "\">(.*?)</table>", Pattern.DOTALL).matcher(HTML);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
