package dev.guidepost.maven;

import dev.guidepost.Guidepost;
import dev.guidepost.GuidepostException;
import dev.guidepost.cache.RunKey;
import dev.guidepost.policy.PolicyException;
import dev.guidepost.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Carries out one {@link CheckPlan} for the {@code check} goal: says what it checks, then gets the
 * run's {@link Transcript} from the run memo, from a forked JVM or from the library in Maven's JVM
 * ({@link GoalTask}), logs it, and turns its end into Maven's two failures (a failed check, or a run
 * that could not be made).
 */
public final class GoalRun {

    private final Guidepost guidepost;
    private final Log log;

    public GoalRun(Guidepost guidepost, Log log) {
        this.guidepost = guidepost;
        this.log = log;
    }

    /**
     * Runs the plan in Maven's JVM, without the run memo, and returns the report.
     *
     * @throws MojoFailureException when a finding is at or above the plan's failOn level
     * @throws MojoExecutionException when the policy has problems, the root cannot be checked
     *     or a report file cannot be written
     */
    public Report run(CheckPlan plan) throws MojoExecutionException, MojoFailureException {
        announce(plan);
        GoalTask.Checked checked = GoalTask.check(guidepost, plan.checkJob());
        apply(checked.transcript(), log);
        return checked.result().orElseThrow().report();
    }

    /**
     * Runs the plan as the goal does: answered from the run memo when it can be, else in {@code fork}
     * (or in Maven's JVM when empty), keeping the result in the memo for the next build.
     *
     * @param directory the folder a forked JVM runs in
     */
    public void run(CheckPlan plan, Optional<Fork> fork, Path directory)
            throws MojoExecutionException, MojoFailureException {
        announce(plan);
        GoalJob job = plan.checkJob();
        job = job.withMemoKey(GoalMemo.key(job, fork.map(Fork::jvmArgs).orElse(List.of()),
                RunKey.guidepostProperties()));
        long start = System.nanoTime();
        Optional<Transcript> remembered = GoalMemo.replay(job);
        if (remembered.isPresent()) {
            log.debug("Guidepost: answered from the run memo in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            apply(remembered.get(), log);
            return;
        }
        if (fork.isPresent()) {
            apply(fork.get().run(job, directory, log), log);
            return;
        }
        GoalTask.Checked checked = GoalTask.check(guidepost, job);
        GoalMemo.save(job, checked);
        apply(checked.transcript(), log);
    }

    /** Logs what is checked and with which policy. */
    private void announce(CheckPlan plan) throws MojoExecutionException {
        try {
            log.info("Guidepost " + Guidepost.version() + ": checking " + plan.root() + " (" + plan.scope().label()
                    + " scope) with policy " + Guidepost.policySource(plan.request()).displayName()
                    + plan.request().changedSince().map(rev -> ", file checks only on files changed since " + rev)
                            .orElse(""));
        } catch (PolicyException e) {
            throw new MojoExecutionException(GoalTask.policyProblems(e.problems()));
        } catch (GuidepostException e) {
            throw new MojoExecutionException("Guidepost could not check " + plan.root() + ": " + e.getMessage());
        }
    }

    /**
     * Logs a transcript's lines at their levels, then its message: logged when the run passed, the
     * build's failure when the check failed, its error when the run could not be made.
     */
    static void apply(Transcript transcript, Log log) throws MojoExecutionException, MojoFailureException {
        for (Transcript.Line line : transcript.lines()) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARN -> log.warn(line.text());
                case INFO -> log.info(line.text());
            }
        }
        switch (transcript.ending()) {
            case PASSED -> log.info(transcript.message());
            case FAILED -> throw new MojoFailureException(transcript.message());
            case BROKEN -> throw new MojoExecutionException(transcript.message());
        }
    }
}
