package dev.guidepost.maven;

import dev.guidepost.FixMode;
import dev.guidepost.Guidepost;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fixes what the check finds and can fix, as {@code guidepost check --fix} does: adds the missing
 * permission rules to {@code .claude/settings.json}, appends the CLAUDE.md sections a Django project
 * misses, and (with {@code unsafeFixes}) applies source rules' replacements. It has no default
 * phase and is never bound to the build: run it by hand ({@code mvn guidepost:fix}). Findings left
 * over do not fail the build.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends GuidepostMojo {



    /** The policy: a file (relative to the module's base directory) or {@code builtin:NAME}; as for {@code check}. */
    @Parameter(property = "guidepost.policy")
    private String policy;

    /** Skips the goal. */
    @Parameter(property = "guidepost.skip", defaultValue = "false")
    private boolean skip;

    /** Logs the edits as unified diffs and writes nothing. */
    @Parameter(property = "guidepost.diff", defaultValue = "false")
    private boolean diff;

    /** Also applies the {@code replace} of source rules, which changes code. */
    @Parameter(property = "guidepost.unsafeFixes", defaultValue = "false")
    private boolean unsafeFixes;

    /** Globs (relative to the root): only findings in matching files are fixed. */
    @Parameter(property = "guidepost.includes")
    private List<String> includes;

    /** Globs (relative to the root) of files whose findings are left alone. */
    @Parameter(property = "guidepost.excludes")
    private List<String> excludes;

    /** A baseline file: findings recorded in it are left alone. */
    @Parameter(property = "guidepost.baseline")
    private File baseline;

    /** A Claude Code user settings file merged under every project's settings; the file must exist. */
    @Parameter(property = "guidepost.userSettings")
    private File userSettings;

    /** {@code repository} (once per build, the repository the module is in) or {@code module}. */
    @Parameter(property = "guidepost.scope", defaultValue = "repository")
    private String scope;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Guidepost: skipped (guidepost.skip)");
            return;
        }
        hintNativeAccess();
        CheckPlan plan = CheckPlan.of(parameters());
        if (plan.scope() == Scope.REPOSITORY
                && !claim(plan.root(), (claims, root) -> claims.claimFix(root, projectId()), "fixed")) {
            return;
        }
        new FixRun(Guidepost.standard(), getLog()).run(plan, new FixMode(!diff, unsafeFixes), fork(), module());
    }

    GoalParameters parameters() {
        Path module = module();
        return new GoalParameters(policy, CheckPlan.NEVER, List.of(), buildDirectory().resolve("guidepost"),
                includes, excludes, baseline == null ? null : baseline.toPath(),
                userSettings == null ? null : userSettings.toPath(), null, false, scope, module,
                executionRoot(), null);
    }

}
