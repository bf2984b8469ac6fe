package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    /** A policy with one rule, acme/no-print, flagging every print(...) call. */
    private void writeNoPrintPolicy() throws IOException {
        Files.writeString(dir.resolve("guidepost.yaml"), NO_PRINT_POLICY);
    }

    private static final String NO_PRINT_POLICY = """
            guidepost: 1
            rules:
              - id: acme/no-print
                target: source
                match: { pattern: "print($$$A)" }
            """;

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version").out()).startsWith("guidepost ");
        Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("check", "rules", "explain", "test");
    }

    @Test
    void rulesPrintsTheCatalogueInMarkdown() {
        Result result = run("rules", "--policy", "builtin:django", "--format", "markdown");
        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("# Rule catalogue: builtin:django").contains("\n### `django/no-print`\n");
        Result bad = run("rules", "--policy", "builtin:django", "--format", "html");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("expected text or markdown");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result result = run("check", "--no-such-option");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option");
    }

    @Test
    void policyWithMistakesGivesLocatedErrorsAndExitTwo() throws IOException {
        Files.writeString(dir.resolve("guidepost.yaml"), """
                guidepost: 1
                rulez: []
                rules:
                  - id: acme/a
                    target: sourse
                  - id: acme/b
                    target: layout
                    severity: fatal
                    files: ["src/**a**"]
                  - id: acme/c
                    target: layout
                    in: prod
                overrides:
                  acme/zz: off
                """);
        Result result = run("check", dir.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("guidepost.yaml:2:1: unknown key 'rulez'", "guidepost.yaml:5:13: unknown target 'sourse'",
                "guidepost.yaml:8:15: unknown severity 'fatal'", "guidepost.yaml:9:13:", "guidepost.yaml:12:9: unknown scope 'prod'",
                "guidepost.yaml:14:3: override of unknown rule 'acme/zz'");
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void threadsBeyondTheLimitAreAUsageError() {
        // a billion had the JVM create threads until it ran out of memory, then print its stack trace
        for (String threads : List.of("257", "999999999", "-1")) {
            Result result = run("check", dir.toString(), "--no-cache", "--threads", threads);
            assertThat(result.code()).as(threads).isEqualTo(2);
            assertThat(result.err()).as(threads).contains("--threads must be 0 (one per processor) to 256, not " + threads)
                    .doesNotContain("Exception");
        }
        assertThat(run("check", dir.toString(), "--no-cache", "--threads", "256").code()).isNotEqualTo(2);
    }

    @Test
    void missingFolderIsAClearError() {
        Result result = run("check", dir.resolve("nope").toString(), "x");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("guidepost: ");
    }

    @Test
    void badFailOnAndFormatAreClearErrors() {
        assertThat(run("check", dir.toString(), "--fail-on", "sometimes").err()).contains("unknown --fail-on level");
        assertThat(run("check", dir.toString(), "--format", "xml").err()).contains("unknown format 'xml'");
        assertThat(run("check", dir.toString(), "--format", "json", "--format", "text").err())
                .contains("only one report can go to standard output");
    }

    @Test
    void writesReportFilesWhole() throws IOException {
        Path report = dir.resolve("out/report.json");
        Result result = run("check", dir.toString(), "--format", "json=" + report, "--format", "text");
        assertThat(result.code()).isZero();
        assertThat(Files.readString(report)).startsWith("{").contains("\"schemaVersion\" : 1");
        assertThat(result.out()).contains("No problems found");
        try (var files = Files.list(report.getParent())) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void explainNamesAnUnknownRuleWithASuggestion() {
        Result result = run("explain", "django/no-such-rule");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("no rule 'django/no-such-rule'");
    }

    @Test
    void baselineHidesKnownFindingsButNotNewOnes() throws IOException {
        writeNoPrintPolicy();
        Files.writeString(dir.resolve("a.py"), "print(1)\n");
        Path baseline = dir.resolve("baseline.json");
        Result write = run("baseline", "write", baseline.toString(), dir.toString());
        assertThat(write.code()).isZero();
        assertThat(write.out()).contains("recorded 1 finding");
        assertThat(run("check", dir.toString(), "--baseline", baseline.toString()).code()).isZero();
        Files.writeString(dir.resolve("a.py"), "import os\n\nprint(1)\nprint(2)\n");
        Result after = run("check", dir.toString(), "--baseline", baseline.toString(), "--format", "json");
        assertThat(after.code()).isEqualTo(1);
        assertThat(after.out()).contains("\"startLine\" : 4").doesNotContain("\"startLine\" : 3");
    }

    @Test
    void baselineWriteWithoutAFileIsAUsageError() {
        Result result = run("baseline", "write");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("missing FILE");
    }

    @Test
    void testCommandReportsPassingAndFailingFixtures() throws IOException {
        writeNoPrintPolicy();
        Path good = dir.resolve("fixtures/acme/no-print/violating");
        Files.createDirectories(good);
        Files.writeString(good.resolve("a.py"), "print(1)  # expect: acme/no-print\nself.print(2)  # ok: acme/no-print\n");
        Result passing = run("test", dir.resolve("fixtures").toString(), "--root", dir.toString());
        assertThat(passing.out()).contains("1 passed, 0 failed");
        assertThat(passing.code()).isZero();

        Path bad = dir.resolve("fixtures/acme/no-print/wrong");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("b.py"), "x = 1  # expect: acme/no-print\nprint(3)\n");
        Result failing = run("test", dir.resolve("fixtures").toString(), "--root", dir.toString());
        assertThat(failing.code()).isEqualTo(1);
        assertThat(failing.out()).contains("acme/no-print/wrong: FAILED", "missed     acme/no-print at b.py:1",
                "unexpected acme/no-print at b.py:2", "1 passed, 1 failed");
    }

    @Test
    void loadingAndRuleOptionMistakesAreReportedInOneRun() throws IOException {
        Files.writeString(dir.resolve("guidepost.yaml"), """
                guidepost: 1
                overrides:
                  acme/nope: off
                rules:
                  - id: acme/a
                    target: source
                    match: { patern: "print($X)" }
                  - id: acme/b
                    target: source
                    match: { regex: "(unclosed" }
                """);
        Result result = run("check", dir.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("3 problems", "guidepost.yaml:3:3: override of unknown rule 'acme/nope'",
                "guidepost.yaml:7:", "patern", "guidepost.yaml:10:");
    }

    @Test
    void narrowingPathsLimitEveryFindingToThosePlaces() throws IOException {
        Files.writeString(dir.resolve("guidepost.yaml"), NO_PRINT_POLICY + """
                  - id: acme/readme
                    target: layout
                    require: ["README.md"]
                """);
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(dir.resolve("app/a.py"), "print(1)\n");
        Files.writeString(dir.resolve("b.py"), "print(2)\n");
        Result whole = run("check", dir.toString(), "--format", "json");
        assertThat(whole.out()).contains("\"path\" : \"app/a.py\"", "\"path\" : \"b.py\"", "acme/readme");
        Result narrowed = run("check", "--root", dir.toString(), dir.resolve("app").toString(), "--format", "json");
        assertThat(narrowed.out()).contains("\"path\" : \"app/a.py\"").doesNotContain("b.py", "acme/readme\"");
    }

    @Test
    void aRelativePathWithRootIsTakenFromTheRootWhenTheCurrentFolderHasNoneAndSaysSo() throws IOException {
        writeNoPrintPolicy();
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(dir.resolve("app/a.py"), "print(1)\n");
        Files.writeString(dir.resolve("b.py"), "print(2)\n");
        assertThat(Path.of("app/a.py")).doesNotExist(); // the tests run in policy-cli/, outside the root

        Result narrowed = run("check", "--root", dir.toString(), "app/a.py", "--format", "json");
        assertThat(narrowed.code()).isEqualTo(1);
        assertThat(narrowed.out()).contains("\"path\" : \"app/a.py\"").doesNotContain("b.py");
        assertThat(narrowed.err()).contains("app/a.py is not in the current folder",
                "checking " + dir.toAbsolutePath().normalize().resolve("app/a.py") + " under --root");

        Result missing = run("check", "--root", dir.toString(), "app/zz.py");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or folder: app/zz.py (looked in the current folder",
                "and under --root");
    }

    @Test
    void rulesSaysWhyCheckCountsTwoMoreRules() {
        Result rules = run("rules", "--policy", "builtin:django");
        Result check = run("check", "--policy", "builtin:django", dir.toString());
        java.util.regex.Matcher listed = java.util.regex.Pattern.compile("(\\d+) rules in builtin:django; check also runs "
                + "Guidepost's 2 rules about inline suppressions \\(guidepost/suppression-without-reason, "
                + "guidepost/unused-suppression\\) and leaves out the (\\d+) command rules .*, so its reports count (\\d+) rules")
                .matcher(rules.out());
        assertThat(listed.find()).as(rules.out()).isTrue();
        java.util.regex.Matcher checked = java.util.regex.Pattern.compile("checked with (\\d+) rules").matcher(check.out());
        assertThat(checked.find()).as(check.out()).isTrue();
        assertThat(Integer.parseInt(listed.group(3)))
                .isEqualTo(Integer.parseInt(listed.group(1)) + 2 - Integer.parseInt(listed.group(2)))
                .isEqualTo(Integer.parseInt(checked.group(1)));
    }

    @Test
    void shortFormsOfOptionValuesGetADidYouMean() {
        assertThat(run("check", dir.toString(), "--fail-on", "warn").err())
                .contains("unknown --fail-on level 'warn' (did you mean 'warning'?)");
        assertThat(run("check", dir.toString(), "--format", "sar").err())
                .contains("unknown format 'sar' (did you mean 'sarif'?)");
    }

    @Test
    void aMissingPolicyFileSaysWhereItLookedAndNamesTheNearOne() throws IOException {
        writeNoPrintPolicy();
        Result result = run("check", dir.toString(), "--policy", dir.resolve("guidepost.yml").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("not found (looked for " + dir.resolve("guidepost.yml"),
                "did you mean '" + dir.resolve("guidepost.yaml") + "'?");
    }
}
