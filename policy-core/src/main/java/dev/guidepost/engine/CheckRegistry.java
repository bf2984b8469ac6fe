package dev.guidepost.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The checks available to policies, by target. Immutable. */
public final class CheckRegistry {

    private final Map<String, Check> byTarget;

    public CheckRegistry(List<Check> checks) {
        this.byTarget = checks.stream().collect(Collectors.toUnmodifiableMap(Check::target, Function.identity()));
    }

    /** Every check that ships with Guidepost: one line per target. */
    public static CheckRegistry standard() {
        return new CheckRegistry(List.of(
                new dev.guidepost.check.source.SourceCheck(),
                new dev.guidepost.check.markdown.MarkdownCheck(),
                new dev.guidepost.check.settings.SettingsCheck(),
                new dev.guidepost.check.layout.LayoutCheck()
        ));
    }

    public Optional<Check> check(String target) {
        return Optional.ofNullable(byTarget.get(target));
    }

    public java.util.Set<String> targets() {
        return byTarget.keySet();
    }
}
