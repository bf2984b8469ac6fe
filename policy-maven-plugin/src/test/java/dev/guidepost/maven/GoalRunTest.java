package dev.guidepost.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.baseline.Baseline;
import dev.guidepost.engine.Check;
import dev.guidepost.engine.CheckRegistry;
import dev.guidepost.engine.CompileContext;
import dev.guidepost.engine.FileRuleLogic;
import dev.guidepost.engine.FileSubject;
import dev.guidepost.engine.FindingSink;
import dev.guidepost.engine.RuleLogic;
import dev.guidepost.engine.WorkspaceRuleLogic;
import dev.guidepost.policy.Option;
import dev.guidepost.policy.Options;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.workspace.WorkspaceFile;
import dev.guidepost.report.Location;
import dev.guidepost.report.Report;
import dev.guidepost.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.jgit.api.Git;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalRunTest {

    /** A check that reports the file named by the rule's {@code at} option, line 2, column 1. */
    static final class PointCheck implements Check {
        @Override
        public String target() {
            return "point";
        }

        @Override
        public Options options() {
            return Options.of(Option.node("at", "a path", "where to report"));
        }

        @Override
        public RuleLogic compile(RuleDefinition rule, CompileContext context) {
            String path = context.options().requiredString("at");
            return (WorkspaceRuleLogic) (subject, sink) -> sink.report(Location.at(path, 2, 1));
        }
    }

    /** A check that reports every Python file at line 1, column 1. */
    static final class EachPythonFileCheck implements Check {
        @Override
        public String target() {
            return "each-python-file";
        }

        @Override
        public Options options() {
            return Options.of();
        }

        @Override
        public RuleLogic compile(RuleDefinition rule, CompileContext context) {
            return new FileRuleLogic() {
                @Override
                public boolean accepts(WorkspaceFile file) {
                    return file.language().equals("python");
                }

                @Override
                public void check(FileSubject subject, FindingSink sink) {
                    sink.report(Location.at(subject.file().path(), 1, 1));
                }
            };
        }
    }

    static final Guidepost GUIDEPOST =
            new Guidepost(new CheckRegistry(List.of(new PointCheck(), new EachPythonFileCheck())));

    @TempDir
    Path repo;

    RecordingLog log = new RecordingLog();

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("CLAUDE.md"), "# Project\n\nNo tests section.\n");
        Files.writeString(repo.resolve("manage.py"), "import sys\n");
        Files.writeString(repo.resolve(".gitignore"), "target/\n");
    }

    void policy(String... severities) throws IOException {
        StringBuilder yaml = new StringBuilder("guidepost: 1\nname: acme\nrules:\n");
        for (int i = 0; i < severities.length; i++) {
            String severity = severities[i];
            yaml.append("  - id: acme/").append(severity).append("-rule").append(i == 0 ? "" : "-" + i).append('\n')
                    .append("    target: point\n    at: CLAUDE.md\n    severity: ").append(severity).append('\n')
                    .append("    message: a ").append(severity).append(" finding\n");
        }
        Files.writeString(repo.resolve("guidepost.yaml"), yaml.toString());
    }

    CheckPlan plan(String failOn, boolean consoleOutput, String... formats) throws MojoExecutionException {
        return CheckPlan.of(new GoalParameters(null, failOn, List.of(formats), Path.of("target/guidepost"), null,
                null, null, null, null, consoleOutput, "repository", repo, repo));
    }

    CheckPlan withBaseline(String failOn, Path baseline) throws MojoExecutionException {
        return CheckPlan.of(new GoalParameters(null, failOn, List.of("json"), Path.of("target/guidepost"), null,
                null, baseline, null, null, true, "repository", repo, repo));
    }

    CheckPlan changedSince(String revision) throws MojoExecutionException {
        return CheckPlan.of(new GoalParameters(null, "never", List.of("json"), Path.of("target/guidepost"), null,
                null, null, null, revision, true, "repository", repo, repo));
    }

    @Test
    void failsWithAOneLineSummaryWhenAFindingReachesTheThreshold() throws Exception {
        policy("error", "warning", "warning", "info");

        assertThatThrownBy(() -> new GoalRun(GUIDEPOST, log).run(plan("error", true, "text", "json")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Guidepost: 1 error, 2 warnings, 1 info (fails on error and above) in 4 files with policy "
                        + "acme; reports: guidepost.txt, guidepost.json in " + repo.resolve("target/guidepost"));
    }

    @Test
    void logsEachFindingAtTheLevelOfItsSeverity() throws Exception {
        policy("error", "warning", "info");

        assertThatThrownBy(() -> new GoalRun(GUIDEPOST, log).run(plan("error", true, "json")))
                .isInstanceOf(MojoFailureException.class);

        assertThat(log.at("error")).containsExactly("CLAUDE.md:2:1: [acme/error-rule] a error finding");
        assertThat(log.at("warn")).containsExactly("CLAUDE.md:2:1: [acme/warning-rule-1] a warning finding");
        assertThat(log.at("info")).contains("CLAUDE.md:2:1: [acme/info-rule-2] a info finding");
    }

    @Test
    void keepsFindingsOffTheConsoleWhenAsked() throws Exception {
        policy("error");

        assertThatThrownBy(() -> new GoalRun(GUIDEPOST, log).run(plan("error", false, "json")))
                .isInstanceOf(MojoFailureException.class);

        assertThat(log.lines).noneMatch(l -> l.contains("[acme/error-rule]"));
    }

    @Test
    void passesWhenFindingsStayBelowTheThreshold() throws Exception {
        policy("warning", "info");

        new GoalRun(GUIDEPOST, log).run(plan("error", true, "json"));

        assertThat(log.at("info")).last().asString()
                .startsWith("Guidepost: 0 errors, 1 warning, 1 info (fails on error and above)");
    }

    @Test
    void failsOnWarningsWhenTheThresholdIsWarning() throws Exception {
        policy("warning");

        assertThatThrownBy(() -> new GoalRun(GUIDEPOST, log).run(plan("warning", true, "json")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 warning");
    }

    @Test
    void neverFailsOnFindingsWithFailOnNever() throws Exception {
        policy("error");

        new GoalRun(GUIDEPOST, log).run(plan("never", true, "json"));

        assertThat(log.at("error")).containsExactly("CLAUDE.md:2:1: [acme/error-rule] a error finding");
        assertThat(log.at("info")).last().asString().contains("1 error").contains("failOn=never");
    }

    @Test
    void reportsPolicyProblemsWithTheirPlacesOnePerLine() throws Exception {
        Files.writeString(repo.resolve("guidepost.yaml"), """
                guidepost: 1
                rules:
                  - id: acme/one
                    target: pointt
                  - id: acme/two
                    target: point
                    severity: fatal
                    at: CLAUDE.md
                """);

        assertThatThrownBy(() -> new GoalRun(GUIDEPOST, log).run(plan("error", true, "json")))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Invalid Guidepost policy (2 problems):\n")
                .hasMessageContaining("\nguidepost.yaml:4:13: unknown target 'pointt' (did you mean 'point'?)")
                .hasMessageContaining("\nguidepost.yaml:7:15: unknown severity 'fatal'");
    }

    @Test
    void reportsAMissingPolicyFileAsAnExecutionProblem() {
        GoalParameters p = new GoalParameters("no-such-policy.yaml", "error", List.of("json"),
                Path.of("target/guidepost"), null, null, null, null, null, true, "repository", repo, repo);

        assertThatThrownBy(() -> new GoalRun(GUIDEPOST, log).run(CheckPlan.of(p)))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("policy file 'no-such-policy.yaml' not found");
    }

    @Test
    void writesOneReportPerFormatAndNothingElse() throws Exception {
        policy("warning");
        List<String> every = Arrays.stream(ReportFormat.values()).map(ReportFormat::label).toList();

        new GoalRun(GUIDEPOST, log).run(plan("error", true, every.toArray(String[]::new)));

        Path out = repo.resolve("target/guidepost");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(ReportFormat.values())
                            .map(ReportFormat::fileName).toList());
        }
    }

    @Test
    void jsonReportIsTheLibrarysJsonRendering() throws Exception {
        policy("error", "info");

        assertThatThrownBy(() -> new GoalRun(GUIDEPOST, log).run(plan("error", true, "json")))
                .isInstanceOf(MojoFailureException.class);

        String expected = ReportFormat.JSON.writer(false).render(GUIDEPOST.check(CheckRequest.of(repo)));
        assertThat(repo.resolve("target/guidepost/guidepost.json")).hasContent(expected.stripTrailing());
        assertThat(Files.readString(repo.resolve("target/guidepost/guidepost.json"))).isEqualTo(expected);
    }

    @Test
    void replacesAnEarlierReport() throws Exception {
        policy("warning");
        Path json = repo.resolve("target/guidepost/guidepost.json");
        Files.createDirectories(json.getParent());
        Files.writeString(json, "stale");

        new GoalRun(GUIDEPOST, log).run(plan("error", true, "json"));

        assertThat(Files.readString(json)).startsWith("{").contains("acme/warning-rule");
    }

    @Test
    void checksTheDefaultPolicyWhenTheRepositoryHasNone() throws Exception {
        new GoalRun(Guidepost.standard(), log).run(plan("never", false, "json"));

        assertThat(log.at("info").get(0)).endsWith("with policy " + Guidepost.DEFAULT_POLICY);
        assertThat(repo.resolve("target/guidepost/guidepost.json")).content()
                .contains("\"policy\" : \"" + Guidepost.DEFAULT_POLICY + "\"");
    }

    @Test
    void aBaselineWrittenFromTheReportMakesTheNextRunPass() throws Exception {
        policy("error", "warning");
        Report today = new GoalRun(GUIDEPOST, log).run(plan("never", false, "json"));
        Path baseline = repo.resolve("guidepost-baseline.json");
        Baseline.write(today, baseline);
        log.lines.clear();

        Report next = new GoalRun(GUIDEPOST, log).run(withBaseline("warning", Path.of("guidepost-baseline.json")));

        assertThat(next.findings()).isEmpty();
        assertThat(log.at("error")).isEmpty();
        assertThat(log.at("warn")).isEmpty();
        assertThat(log.at("info")).contains("Guidepost: baseline " + baseline
                + ": 2 known findings not reported, 0 entries fixed since");
        assertThat(log.at("info")).last().asString().startsWith("Guidepost: 0 errors, 0 warnings, 0 info");
        assertThat(repo.resolve("target/guidepost/guidepost.json")).content()
                .contains("\"baselined\" : 2").doesNotContain("acme/error-rule");
    }

    @Test
    void aBaselineStillFailsOnNewFindingsAndCountsFixedEntries() throws Exception {
        policy("warning", "info");
        Path baseline = repo.resolve("config/baseline.json");
        Baseline.write(new GoalRun(GUIDEPOST, log).run(plan("never", false, "json")), baseline);
        policy("error");
        log.lines.clear();

        assertThatThrownBy(() -> new GoalRun(GUIDEPOST, log).run(withBaseline("error", baseline)))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Guidepost: 1 error, 0 warnings, 0 info");

        assertThat(log.at("error")).containsExactly("CLAUDE.md:2:1: [acme/error-rule] a error finding");
        assertThat(log.at("info")).contains("Guidepost: baseline " + baseline
                + ": 0 known findings not reported, 2 entries fixed since (write the baseline again to drop them)");
    }

    @Test
    void saysNothingAboutABaselineWhenThereIsNone() throws Exception {
        policy("warning");

        new GoalRun(GUIDEPOST, log).run(plan("error", true, "json"));

        assertThat(log.lines).noneMatch(l -> l.contains("baseline"));
    }

    @Test
    void aMissingBaselineStopsTheBuildWithTheLibrarysMessage() throws Exception {
        policy("warning");

        assertThatThrownBy(() -> new GoalRun(GUIDEPOST, log).run(withBaseline("error", Path.of("nope.json"))))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("baseline " + repo.resolve("nope.json") + " does not exist");
    }

    @Test
    void changedSinceLimitsFileChecksToChangedFiles() throws Exception {
        Files.writeString(repo.resolve("guidepost.yaml"), """
                guidepost: 1
                name: acme
                rules:
                  - id: acme/python
                    target: each-python-file
                    severity: warning
                    message: a python file
                """);
        Files.writeString(repo.resolve("kept.py"), "x = 1\n");
        Files.writeString(repo.resolve("edited.py"), "x = 1\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("base").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                    .setSign(false).call();
        }
        Files.writeString(repo.resolve("edited.py"), "x = 2\n");

        Report report = new GoalRun(GUIDEPOST, log).run(changedSince("HEAD"));

        assertThat(report.findings()).extracting(f -> f.location().path())
                .containsExactly("edited.py");
        assertThat(log.at("info").get(0)).endsWith(", file checks only on files changed since HEAD");
    }

    @Test
    void anUnknownRevisionStopsTheBuild() throws Exception {
        policy("warning");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("base").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                    .setSign(false).call();
        }

        assertThatThrownBy(() -> new GoalRun(GUIDEPOST, log).run(changedSince("no-such-branch")))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Guidepost could not check " + repo)
                .hasMessageContaining("no-such-branch");
    }
}
