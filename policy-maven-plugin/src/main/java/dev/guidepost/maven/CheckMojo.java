package dev.guidepost.maven;

import dev.guidepost.Guidepost;
import dev.guidepost.cache.CacheDirectory;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the repository against a Guidepost policy and fails the build on findings at or above
 * {@code failOn}. By default the whole repository is checked once per build, by the first
 * module of the reactor that runs this goal; with {@code scope=module} every module checks its
 * own base directory.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends GuidepostMojo {



    /**
     * The policy: a file (relative to the module's base directory) or {@code builtin:NAME}.
     * Default: {@code guidepost.yaml} at the checked root if there is one, else {@code builtin:django}.
     */
    @Parameter(property = "guidepost.policy")
    private String policy;

    /** Skips the check. */
    @Parameter(property = "guidepost.skip", defaultValue = "false")
    private boolean skip;

    /** The least severe finding that fails the build: {@code error}, {@code warning}, {@code info} or {@code never}. */
    @Parameter(property = "guidepost.failOn", defaultValue = "error")
    private String failOn;

    /**
     * The report files to write, one per format ({@code text}, {@code json}, … every format the
     * library offers). Default: {@code text}, {@code json} and {@code sarif} (those the library offers).
     */
    @Parameter(property = "guidepost.formats")
    private List<String> formats;

    /** Where the report files are written. */
    @Parameter(property = "guidepost.outputDirectory", defaultValue = "${project.build.directory}/guidepost")
    private File outputDirectory;

    /** Globs (relative to the checked root): when given, only files matching one of them are checked. */
    @Parameter(property = "guidepost.includes")
    private List<String> includes;

    /** Globs (relative to the checked root) of files not to check. */
    @Parameter(property = "guidepost.excludes")
    private List<String> excludes;

    /**
     * A baseline file (made by {@code guidepost baseline write FILE}): findings recorded in it are
     * not reported, and the log says how many were left out and how many entries are fixed.
     */
    @Parameter(property = "guidepost.baseline")
    private File baseline;

    /**
     * A Claude Code user settings file (such as {@code ${user.home}/.claude/settings.json}; Maven does
     * not expand {@code ~}) merged under every project's settings, as Claude Code itself does. The
     * file must exist.
     */
    @Parameter(property = "guidepost.userSettings")
    private File userSettings;

    /**
     * A git revision (branch, tag or commit, e.g. {@code origin/main}): file checks run only on files
     * changed since it (committed, staged, unstaged and untracked); rules about the repository as a
     * whole always run.
     */
    @Parameter(property = "guidepost.changedSince")
    private String changedSince;

    /** Logs every finding through Maven's logger, at the level of its severity. */
    @Parameter(property = "guidepost.consoleOutput", defaultValue = "true")
    private boolean consoleOutput;

    /**
     * What to check: {@code repository} (the repository the module is in, found by walking up to
     * the folder holding {@code .git}, else the execution root; once per build) or {@code module}
     * (the module's base directory, in every module).
     */
    @Parameter(property = "guidepost.scope", defaultValue = "repository")
    private String scope;

    /**
     * Keeps what the file rules found on each file between builds, so that unchanged files are not
     * checked again (results are keyed by file content, policy and Guidepost build; never stale).
     */
    @Parameter(property = "guidepost.cache", defaultValue = "true")
    private boolean cache;

    /**
     * Where the result cache is kept; default: {@code GUIDEPOST_CACHE_DIR}, else the user cache folder
     * ({@code ~/.cache/guidepost} on Linux). Never inside the checked repository.
     */
    @Parameter(property = "guidepost.cacheDirectory")
    private File cacheDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Guidepost: skipped (guidepost.skip)");
            return;
        }
        hintNativeAccess();
        CheckPlan plan = CheckPlan.of(parameters());
        if (plan.scope() == Scope.REPOSITORY
                && !claim(plan.root(), (claims, root) -> claims.claim(root, projectId()), "checked")) {
            return;
        }
        new GoalRun(Guidepost.standard(), getLog()).run(plan, fork(), module());
    }

    GoalParameters parameters() {
        Path module = module();
        return new GoalParameters(policy, failOn, formats, outputDirectory.toPath(), includes, excludes,
                path(baseline), path(userSettings), changedSince, consoleOutput, scope, module,
                executionRoot(),
                cache ? (cacheDirectory == null ? CacheDirectory.forUser() : cacheDirectory.toPath()) : null);
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }

}
