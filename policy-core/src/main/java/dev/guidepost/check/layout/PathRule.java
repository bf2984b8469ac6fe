package dev.guidepost.check.layout;

import java.util.List;
import java.util.Optional;

/**
 * One entry of {@code require} or {@code forbid}: globs (alternatives: any one satisfies a
 * requirement; each is forbidden), an optional condition of its own and an optional message.
 */
record PathRule(List<PathTemplate> paths, Condition when, Optional<String> message) {

    PathRule {
        paths = List.copyOf(paths);
    }

    boolean usesSettings() {
        return when.usesSettings() || paths.stream().anyMatch(p -> p.placeholders().contains("settings"));
    }

    /** The paths as written, for messages. */
    String describe() {
        return String.join(" or ", paths.stream().map(PathTemplate::text).toList());
    }
}
