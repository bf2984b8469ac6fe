package dev.guidepost.maven;

import dev.guidepost.FixMode;
import dev.guidepost.Guidepost;
import dev.guidepost.GuidepostException;
import dev.guidepost.policy.PolicyException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Carries out the {@code fix} goal for one {@link CheckPlan}: says what it fixes, then has the library
 * fix what the check finds (or, as a preview, only show the edits) in Maven's JVM or a forked one
 * ({@link GoalTask#fix}) and logs what changed and what is left. Findings left never fail the build:
 * that is the {@code check} goal's job.
 */
public final class FixRun {

    private final Guidepost guidepost;
    private final Log log;

    public FixRun(Guidepost guidepost, Log log) {
        this.guidepost = guidepost;
        this.log = log;
    }

    /**
     * Fixes (or previews the fixes of) the plan's repository in Maven's JVM.
     *
     * @throws MojoExecutionException when the policy has problems, the root cannot be checked or a
     *     file cannot be written
     */
    public void run(CheckPlan plan, FixMode mode) throws MojoExecutionException {
        run(plan, mode, Optional.empty(), plan.root());
    }

    /** As {@link #run(CheckPlan, FixMode)}, in {@code fork} when present (running in {@code directory}). */
    public void run(CheckPlan plan, FixMode mode, Optional<Fork> fork, Path directory) throws MojoExecutionException {
        try {
            log.info("Guidepost " + Guidepost.version() + ": fixing " + plan.root() + " with policy "
                    + Guidepost.policySource(plan.request()).displayName()
                    + (mode.unsafe() ? ", source replacements included" : "")
                    + (mode.write() ? "" : " (preview: nothing is written)"));
        } catch (PolicyException e) {
            throw new MojoExecutionException(GoalTask.policyProblems(e.problems()));
        } catch (GuidepostException e) {
            throw new MojoExecutionException("Guidepost could not fix " + plan.root() + ": " + e.getMessage());
        }
        GoalJob job = plan.fixJob(mode);
        Transcript transcript = fork.isPresent() ? fork.get().run(job, directory, log) : GoalTask.fix(guidepost, job);
        try {
            GoalRun.apply(transcript, log);
        } catch (MojoFailureException e) {
            throw new MojoExecutionException(e.getMessage()); // a fix never fails on findings; not reached
        }
    }
}
