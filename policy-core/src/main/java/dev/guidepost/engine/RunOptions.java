package dev.guidepost.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Inputs of one run that come from the request rather than from the workspace or the policy.
 * Workspace rules read them through {@link WorkspaceSubject#options()}.
 *
 * @param userSettings a Claude Code user settings file (outside the repository) that takes part
 *     in the settings merge; empty when none was given
 * @param reportedPaths which places findings may be reported at (a path relative to the root, ""
 *     for the root folder): when a user narrows a run to some files or folders, findings of
 *     workspace rules elsewhere are left out too
 * @param fileResults what file rules reported in earlier runs, reused for unchanged files
 * @param facts the project facts, when the caller computed them already (for the result cache's
 *     key); otherwise the engine computes them if a rule asks
 */
public record RunOptions(Optional<Path> userSettings, Predicate<String> reportedPaths,
        Optional<FileResults> fileResults, Optional<dev.guidepost.facts.ProjectFacts> facts) {

    /** No extra inputs. */
    public static final RunOptions NONE = new RunOptions(Optional.empty());

    public RunOptions {
        Objects.requireNonNull(userSettings);
        Objects.requireNonNull(reportedPaths);
        Objects.requireNonNull(fileResults);
        Objects.requireNonNull(facts);
    }

    /** Options whose facts the engine computes. */
    public RunOptions(Optional<Path> userSettings, Predicate<String> reportedPaths, Optional<FileResults> fileResults) {
        this(userSettings, reportedPaths, fileResults, Optional.empty());
    }

    /** Options that report findings anywhere. */
    public RunOptions(Optional<Path> userSettings) {
        this(userSettings, path -> true);
    }

    /** Options without a result cache. */
    public RunOptions(Optional<Path> userSettings, Predicate<String> reportedPaths) {
        this(userSettings, reportedPaths, Optional.empty());
    }
}
