package dev.guidepost.maven;

import dev.guidepost.FixMode;
import dev.guidepost.FixResult;
import dev.guidepost.Guidepost;
import dev.guidepost.GuidepostException;
import dev.guidepost.edit.FileChange;
import dev.guidepost.edit.UnifiedDiff;
import dev.guidepost.policy.PolicyException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * Carries out the {@code fix} goal for one {@link CheckPlan}: asks the library to fix what the check
 * finds (or, as a preview, for the edits only) and logs what it changed and what is left. Findings
 * left never fail the build: that is the {@code check} goal's job.
 */
public final class FixRun {

    private final Guidepost guidepost;
    private final Log log;

    public FixRun(Guidepost guidepost, Log log) {
        this.guidepost = guidepost;
        this.log = log;
    }

    /**
     * Fixes (or previews the fixes of) the plan's repository.
     *
     * @throws MojoExecutionException when the policy has problems, the root cannot be checked or a
     *     file cannot be written
     */
    public FixResult run(CheckPlan plan, FixMode mode) throws MojoExecutionException {
        FixResult result;
        try {
            log.info("Guidepost " + Guidepost.version() + ": fixing " + plan.root() + " with policy "
                    + Guidepost.policySource(plan.request()).displayName()
                    + (mode.unsafe() ? ", source replacements included" : "")
                    + (mode.write() ? "" : " (preview: nothing is written)"));
            result = guidepost.fix(plan.request(), mode);
        } catch (PolicyException e) {
            throw new MojoExecutionException(GoalRun.policyProblems(e.problems()), e);
        } catch (GuidepostException e) {
            throw new MojoExecutionException("Guidepost could not fix " + plan.root() + ": " + e.getMessage(), e);
        }
        List<FileChange> changes = result.plan().changes().stream().filter(c -> !c.isNoop()).toList();
        for (FileChange change : changes) {
            if (mode.write()) {
                log.info("Guidepost: " + (change.creates() ? "created " : "fixed ") + change.path() + " ("
                        + change.summary() + ")");
            } else {
                UnifiedDiff.render(change).lines().forEach(log::info);
            }
        }
        result.plan().notes().forEach(note -> log.warn("Guidepost: " + note));
        log.info(summary(result, changes.size(), mode));
        return result;
    }

    static String summary(FixResult result, int files, FixMode mode) {
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

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
