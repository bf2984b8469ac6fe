package dev.guidepost.unit;

import dev.guidepost.policy.OptionReader;
import dev.guidepost.policy.Suggestion;
import java.util.List;
import java.util.Optional;

/** Reads the {@code for-each} key of a rule, with one error message for every target. */
public final class ForEach {

    /** The key. */
    public static final String KEY = "for-each";

    private ForEach() {
    }

    /**
     * The unit kind a rule asks for: {@code fallback} when the key is absent, empty (with a
     * located problem) when the value is not one of {@code accepted}.
     */
    public static Optional<UnitKind> read(OptionReader options, List<UnitKind> accepted, UnitKind fallback) {
        if (!options.has(KEY)) {
            return Optional.of(fallback);
        }
        Optional<String> label = options.string(KEY);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        Optional<UnitKind> kind = UnitKind.parse(label.get()).filter(accepted::contains);
        if (kind.isEmpty()) {
            List<String> labels = accepted.stream().map(UnitKind::label).toList();
            options.problems().add(options.node(KEY).orElseThrow().position(), "unknown " + KEY + " '" + label.get()
                    + "'" + Suggestion.hint(label.get(), labels) + "; expected one of " + String.join(", ", labels));
        }
        return kind;
    }
}
