package dev.guidepost.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Inputs of one run that come from the request rather than from the workspace or the policy.
 * Workspace rules read them through {@link WorkspaceSubject#options()}.
 *
 * @param userSettings a Claude Code user settings file (outside the repository) that takes part
 *     in the settings merge; empty when none was given
 */
public record RunOptions(Optional<Path> userSettings) {

    /** No extra inputs. */
    public static final RunOptions NONE = new RunOptions(Optional.empty());

    public RunOptions {
        Objects.requireNonNull(userSettings);
    }
}
