package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportWriterTest {

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesOneSuitePerRuleWithCounts() throws Exception {
        Document doc = parse(new JunitReportWriter().render(SampleReports.mixed()));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("failures")).isEqualTo("5");
        assertThat(root.getAttribute("tests")).isEqualTo("6");
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(4);
        Element clean = (Element) suites.item(0);
        assertThat(clean.getAttribute("name")).isEqualTo("acme/clean-rule");
        assertThat(clean.getAttribute("failures")).isEqualTo("0");
        assertThat(clean.getElementsByTagName("testcase").getLength()).isEqualTo(1);
        assertThat(clean.getElementsByTagName("failure").getLength()).isZero();
        Element print = (Element) suites.item(3);
        assertThat(print.getAttribute("name")).isEqualTo("django/no-print");
        assertThat(print.getAttribute("tests")).isEqualTo("2");
        assertThat(print.getAttribute("failures")).isEqualTo("2");
    }

    @Test
    void keepsOddCharactersIntactThroughEscaping() throws Exception {
        Document doc = parse(new JunitReportWriter().render(SampleReports.mixed()));
        NodeList failures = doc.getElementsByTagName("failure");
        Element odd = (Element) failures.item(4);
        assertThat(odd.getAttribute("message")).isEqualTo("print() spanning lines: 100% <odd> & \"quoted\", a:b");
        assertThat(odd.getAttribute("type")).isEqualTo("error");
        assertThat(odd.getTextContent()).contains("apps/blog/views.py:40:9").contains("fix: Use logging instead");
        Element todo = (Element) failures.item(0);
        assertThat(todo.getAttribute("message")).isEqualTo("TODO left:\nsecond line\r\nthird ünïcødé 😀");
        assertThat(todo.getAttribute("type")).isEqualTo("info");
    }

    @Test
    void dropsCharactersXmlCannotHold() throws Exception {
        assertThat(JunitReportWriter.text("a\u0000b\u001bc\ud800d")).isEqualTo("abcd");
        assertThat(JunitReportWriter.attribute("😀\"")).isEqualTo("😀&quot;");
    }

    @Test
    void cleanReportHasOnePassingCase() throws Exception {
        Document doc = parse(new JunitReportWriter().render(SampleReports.clean()));
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
    }
}
