package dev.guidepost.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * The goal's parameters as Maven injected them, before any validation: what {@link CheckPlan#of}
 * turns into a run. Strings may be {@code null} or blank where the pom leaves a parameter out.
 *
 * @param policy a policy file (relative to the module) or {@code builtin:NAME}; blank: the default
 * @param failOn {@code error}, {@code warning}, {@code info} or {@code never}
 * @param formats report format names; {@code null} or empty: {@link CheckPlan#DEFAULT_FORMATS}
 * @param outputDirectory where report files go
 * @param includes globs (relative to the checked root) a file must match one of to be checked
 * @param excludes globs of files not to check
 * @param baseline a baseline file (relative to the module), or {@code null}
 * @param userSettings a Claude Code user settings file (relative to the module), or {@code null}
 * @param changedSince a git revision: file checks only on files changed since it; blank: every file
 * @param consoleOutput whether findings are logged
 * @param scope {@code repository} or {@code module}
 * @param moduleDirectory the base directory of the module running the goal
 * @param executionRoot the folder Maven was started in
 * @param cacheDirectory where the result cache is kept, or {@code null} for no cache
 */
public record GoalParameters(
        String policy,
        String failOn,
        List<String> formats,
        Path outputDirectory,
        List<String> includes,
        List<String> excludes,
        Path baseline,
        Path userSettings,
        String changedSince,
        boolean consoleOutput,
        String scope,
        Path moduleDirectory,
        Path executionRoot,
        Path cacheDirectory) {

    public GoalParameters {
        formats = formats == null ? List.of() : List.copyOf(formats);
        includes = includes == null ? List.of() : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }

    /** Parameters without a result cache. */
    public GoalParameters(String policy, String failOn, List<String> formats, Path outputDirectory,
            List<String> includes, List<String> excludes, Path baseline, Path userSettings, String changedSince,
            boolean consoleOutput, String scope, Path moduleDirectory, Path executionRoot) {
        this(policy, failOn, formats, outputDirectory, includes, excludes, baseline, userSettings, changedSince,
                consoleOutput, scope, moduleDirectory, executionRoot, null);
    }
}
