package dev.guidepost.hook;

import dev.guidepost.policy.Severity;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@link HookResponder} answers.
 *
 * @param policy           the policy to use (a file or {@code builtin:NAME}); empty: the repository's
 *                         {@code guidepost.yaml}, else {@code builtin:django}
 * @param failOn           the lowest severity that blocks an edit or a stop
 * @param stateDirectory   where sessions are remembered (see the Stop event)
 * @param workingDirectory the folder a relative {@code policy} and an event without {@code cwd} are read from
 */
public record HookSettings(Optional<String> policy, Severity failOn, Path stateDirectory, Path workingDirectory) {
}
