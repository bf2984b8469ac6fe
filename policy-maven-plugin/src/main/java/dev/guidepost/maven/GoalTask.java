package dev.guidepost.maven;

import dev.guidepost.CheckResult;
import dev.guidepost.FixMode;
import dev.guidepost.FixResult;
import dev.guidepost.Guidepost;
import dev.guidepost.GuidepostException;
import dev.guidepost.cache.RunMemo;
import dev.guidepost.edit.FileChange;
import dev.guidepost.edit.UnifiedDiff;
import dev.guidepost.policy.PolicyException;
import dev.guidepost.policy.PolicyProblem;
import dev.guidepost.policy.Severity;
import dev.guidepost.report.BaselineSummary;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Location;
import dev.guidepost.report.Note;
import dev.guidepost.report.Report;
import dev.guidepost.report.ReportFiles;
import dev.guidepost.maven.Transcript.Ending;
import dev.guidepost.maven.Transcript.Level;
import dev.guidepost.maven.Transcript.Line;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Carries out one {@link GoalJob} with the library and says what the goal logs and how it ends
 * ({@link Transcript}): the findings at their severity's level, the report files written, and the
 * summary. Free of Maven's types: it runs in Maven's JVM ({@link GoalRun}) and in the forked one
 * ({@link ForkedGoal}) alike, so both log the same lines and write the same bytes.
 */
public final class GoalTask {

    private GoalTask() {
    }

    /**
     * A finished check: its transcript, and what a run memo keeps of it.
     *
     * @param transcript what the goal logs and how it ends
     * @param result the library's result; empty when the check could not be made
     * @param reportFiles the report files written, with their text
     */
    public record Checked(Transcript transcript, Optional<CheckResult> result, List<RunMemo.Written> reportFiles) {
        public Checked {
            reportFiles = List.copyOf(reportFiles);
        }
    }

    /** Checks the job's repository, logs its findings and writes its report files. */
    public static Checked check(Guidepost guidepost, GoalJob job) {
        List<Line> lines = new ArrayList<>();
        CheckResult result;
        try {
            result = guidepost.run(job.request());
        } catch (PolicyException e) {
            return new Checked(Transcript.broken(lines, policyProblems(e.problems())), Optional.empty(), List.of());
        } catch (GuidepostException e) {
            return new Checked(Transcript.broken(lines, "Guidepost could not check " + job.request().root() + ": "
                    + e.getMessage()), Optional.empty(), List.of());
        }
        Report report = result.report();
        if (job.consoleOutput()) {
            findingLines(report, lines);
        }
        report.baseline().map(GoalTask::baselineLine).ifPresent(text -> lines.add(new Line(Level.INFO, text)));
        List<RunMemo.Written> written = new ArrayList<>();
        List<ReportFiles.Target> files = new ArrayList<>();
        for (var format : job.formats()) {
            Path target = job.outputDirectory().resolve(format.fileName());
            files.add(new ReportFiles.Target(format.writer(false), target));
            written.add(new RunMemo.Written(target));
        }
        try {
            ReportFiles.write(report, files);
        } catch (IOException e) {
            return new Checked(Transcript.broken(lines, "Guidepost could not write its reports to "
                    + job.outputDirectory() + ": " + e.getMessage()), Optional.of(result), List.of());
        }
        String summary = summary(report, job, written.stream().map(RunMemo.Written::file).toList());
        boolean failed = job.failOn().map(report::hasFindingsAtOrAbove).orElse(false);
        return new Checked(new Transcript(lines, failed ? Ending.FAILED : Ending.PASSED, summary), Optional.of(result),
                written);
    }

    /** Fixes (or previews the fixes of) the job's repository; findings left never fail the build. */
    public static Transcript fix(Guidepost guidepost, GoalJob job) {
        FixMode mode = job.fix().orElseThrow();
        List<Line> lines = new ArrayList<>();
        FixResult result;
        try {
            result = guidepost.fix(job.request(), mode);
        } catch (PolicyException e) {
            return Transcript.broken(lines, policyProblems(e.problems()));
        } catch (GuidepostException e) {
            return Transcript.broken(lines, "Guidepost could not fix " + job.request().root() + ": " + e.getMessage());
        }
        List<FileChange> changes = result.plan().changes().stream().filter(c -> !c.isNoop()).toList();
        for (FileChange change : changes) {
            if (mode.write()) {
                lines.add(new Line(Level.INFO, "Guidepost: " + (change.creates() ? "created " : "fixed ") + change.path()
                        + " (" + change.summary() + ")"));
            } else {
                UnifiedDiff.render(change).lines().forEach(text -> lines.add(new Line(Level.INFO, text)));
            }
        }
        result.plan().notes().forEach(note -> lines.add(new Line(Level.WARN, "Guidepost: " + note)));
        return new Transcript(lines, Ending.PASSED, fixSummary(result, changes.size(), mode));
    }

    /** The located policy problems, one per line, under a heading. */
    static String policyProblems(List<PolicyProblem> problems) {
        return "Invalid Guidepost policy (" + count(problems.size(), "problem", "problems") + "):\n"
                + problems.stream().map(PolicyProblem::toString).collect(Collectors.joining("\n"));
    }

    /** The one-line summary: counts per severity, the fail level and where the reports are. */
    static String summary(Report report, GoalJob job, List<Path> files) {
        Map<Severity, Integer> counts = report.counts();
        String findings = count(counts.get(Severity.ERROR), "error", "errors") + ", "
                + count(counts.get(Severity.WARNING), "warning", "warnings") + ", "
                + counts.get(Severity.INFO) + " info";
        String threshold = job.failOn().map(s -> "fails on " + s.label() + " and above").orElse("failOn=never");
        String where = files.isEmpty() ? "no report files written"
                : "reports: " + files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))
                        + " in " + job.outputDirectory();
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
        return at + ": [" + finding.ruleId() + "] " + finding.message();
    }

    static String fixSummary(FixResult result, int files, FixMode mode) {
        if (files == 0) {
            return "Guidepost: nothing to fix; " + count(result.after().findings().size(), "finding") + " left";
        }
        if (!mode.write()) {
            return "Guidepost: would fix " + count(result.addressed().size(), "finding") + " in " + count(files, "file")
                    + "; nothing written";
        }
        return "Guidepost: fixed " + count(result.fixed(), "finding") + " in " + count(files, "file") + "; "
                + count(result.after().findings().size(), "finding") + " left (run guidepost:check for them)";
    }

    private static void findingLines(Report report, List<Line> lines) {
        for (Finding finding : report.findings()) {
            Level level = switch (finding.severity()) {
                case ERROR -> Level.ERROR;
                case WARNING -> Level.WARN;
                case INFO -> Level.INFO;
            };
            lines.add(new Line(level, line(finding)));
        }
        for (Note note : report.notes()) {
            lines.add(new Line(note.isFailure() ? Level.ERROR : Level.WARN, note.path() + ": " + note.message()));
        }
        if (!report.complete()) {
            lines.add(new Line(Level.ERROR, "Guidepost: the check is incomplete: "
                    + count(report.failedChecks(), "check", "checks")
                    + " failed (above); findings of those rules on those files may be missing"));
        }
    }

    private static String count(int n, String noun) {
        return count(n, noun, noun + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
