package dev.guidepost.maven;

import dev.guidepost.Guidepost;
import dev.guidepost.GuidepostException;
import dev.guidepost.policy.PolicyException;
import dev.guidepost.policy.PolicyProblem;
import dev.guidepost.policy.Severity;
import dev.guidepost.report.BaselineSummary;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Location;
import dev.guidepost.report.Note;
import dev.guidepost.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Carries out one {@link CheckPlan}: asks the library for the report, logs the findings at their
 * severity's level, writes the report files and turns the outcome into Maven's two failures
 * (a failed check, or a run that could not be made).
 */
public final class GoalRun {

    private final Guidepost guidepost;
    private final Log log;

    public GoalRun(Guidepost guidepost, Log log) {
        this.guidepost = guidepost;
        this.log = log;
    }

    /**
     * Runs the plan and returns the report.
     *
     * @throws MojoFailureException when a finding is at or above the plan's failOn level
     * @throws MojoExecutionException when the policy has problems, the root cannot be checked
     *     or a report file cannot be written
     */
    public Report run(CheckPlan plan) throws MojoExecutionException, MojoFailureException {
        String policyName;
        Report report;
        try {
            policyName = Guidepost.policySource(plan.request()).displayName();
            log.info("Guidepost " + Guidepost.version() + ": checking " + plan.root() + " (" + plan.scope().label()
                    + " scope) with policy " + policyName
                    + plan.request().changedSince().map(rev -> ", file checks only on files changed since " + rev)
                            .orElse(""));
            report = guidepost.check(plan.request());
        } catch (PolicyException e) {
            throw new MojoExecutionException(policyProblems(e.problems()), e);
        } catch (GuidepostException e) {
            throw new MojoExecutionException("Guidepost could not check " + plan.root() + ": " + e.getMessage(), e);
        }
        if (plan.consoleOutput()) {
            logFindings(report);
        }
        report.baseline().map(GoalRun::baselineLine).ifPresent(log::info);
        List<Path> files;
        try {
            files = ReportFiles.write(report, plan.formats(), plan.outputDirectory());
        } catch (IOException e) {
            throw new MojoExecutionException("Guidepost could not write its reports to " + plan.outputDirectory()
                    + ": " + e.getMessage(), e);
        }
        String summary = summary(report, plan, files);
        boolean failed = plan.failOn().map(report::hasFindingsAtOrAbove).orElse(false);
        if (failed) {
            throw new MojoFailureException(summary);
        }
        log.info(summary);
        return report;
    }

    /** The located policy problems, one per line, under a heading. */
    static String policyProblems(List<PolicyProblem> problems) {
        return "Invalid Guidepost policy (" + count(problems.size(), "problem", "problems") + "):\n"
                + problems.stream().map(PolicyProblem::toString).collect(Collectors.joining("\n"));
    }

    /** The one-line summary: counts per severity, the fail level and where the reports are. */
    static String summary(Report report, CheckPlan plan, List<Path> files) {
        Map<Severity, Integer> counts = report.counts();
        String findings = count(counts.get(Severity.ERROR), "error", "errors") + ", "
                + count(counts.get(Severity.WARNING), "warning", "warnings") + ", "
                + counts.get(Severity.INFO) + " info";
        String threshold = plan.failOn().map(s -> "fails on " + s.label() + " and above").orElse("failOn=never");
        String where = files.isEmpty() ? "no report files written"
                : "reports: " + files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))
                        + " in " + plan.outputDirectory();
        return "Guidepost: " + findings + " (" + threshold + ") in " + report.filesScanned() + " files with policy "
                + report.policyName() + "; " + where;
    }

    /** What the baseline did: findings left out and entries no finding matches any more. */
    static String baselineLine(BaselineSummary baseline) {
        return "Guidepost: baseline " + baseline.file() + ": "
                + count(baseline.baselined(), "known finding", "known findings") + " not reported, "
                + count(baseline.fixed(), "entry", "entries") + " fixed since"
                + (baseline.fixed() > 0 ? " (write the baseline again to drop them)" : "");
    }

    /** A finding as one line: {@code path:line:col: [rule-id] message}. */
    static String line(Finding finding) {
        Location at = finding.location();
        String place = at.toString();
        return place + ": [" + finding.ruleId() + "] " + finding.message();
    }

    private void logFindings(Report report) {
        for (Finding finding : report.findings()) {
            String text = line(finding);
            switch (finding.severity()) {
                case ERROR -> log.error(text);
                case WARNING -> log.warn(text);
                case INFO -> log.info(text);
            }
        }
        for (Note note : report.notes()) {
            if (note.isFailure()) {
                log.error(note.path() + ": " + note.message());
            } else {
                log.warn(note.path() + ": " + note.message());
            }
        }
        if (!report.complete()) {
            log.error("Guidepost: the check is incomplete: " + count(report.failedChecks(), "check", "checks")
                    + " failed (above); findings of those rules on those files may be missing");
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
