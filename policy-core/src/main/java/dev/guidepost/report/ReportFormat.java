package dev.guidepost.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The report formats Guidepost writes, by the name users give on the command line or in a pom. */
public enum ReportFormat {
    TEXT("txt"),
    JSON("json"),
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
    SARIF("sarif"),
    /** JUnit XML, one test suite per rule, for CI test dashboards. */
    JUNIT("junit.xml"),
    /** GitHub Actions workflow commands that become annotations. */
    GITHUB("github.txt"),
    /** One self-contained HTML page to read in a browser. */
    HTML("html");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The lower-case name: {@code text}, {@code json}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file name of a report in this format: {@code guidepost.json}, … */
    public String fileName() {
        return "guidepost." + extension;
    }

    /** A writer for this format; {@code colour} only matters for text. */
    public ReportWriter writer(boolean colour) {
        return switch (this) {
            case TEXT -> new TextReportWriter(colour);
            case JSON -> new JsonReportWriter();
            case SARIF -> new SarifReportWriter();
            case JUNIT -> new JunitReportWriter();
            case GITHUB -> new GithubReportWriter();
            case HTML -> new HtmlReportWriter();
        };
    }

    /** The format of a name such as {@code sarif}, case-insensitively; empty when there is none. */
    public static Optional<ReportFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.label().equals(name.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The names of every format, for help texts and error messages. */
    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(ReportFormat::label).toList());
    }
}
