package dev.guidepost.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks available to policies, by target. Immutable. The engine knows no concrete check: the
 * front door ({@code Guidepost.standardChecks()}) assembles the registry.
 */
public final class CheckRegistry {

    private final Map<String, Check> byTarget;

    /**
     * A registry of {@code checks} (the standard ones: {@code Guidepost.standardChecks()}).
     *
     * @throws IllegalArgumentException when two checks claim the same target
     */
    public CheckRegistry(List<Check> checks) {
        this.byTarget = checks.stream().collect(Collectors.toUnmodifiableMap(Check::target, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("two checks for target '" + a.target() + "': "
                            + a.getClass().getName() + " and " + b.getClass().getName());
                }));
    }

    public Optional<Check> check(String target) {
        return Optional.ofNullable(byTarget.get(target));
    }

    public java.util.Set<String> targets() {
        return byTarget.keySet();
    }
}
