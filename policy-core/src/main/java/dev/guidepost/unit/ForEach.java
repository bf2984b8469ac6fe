package dev.guidepost.unit;

import dev.guidepost.policy.Option;
import java.util.List;

/** The {@code for-each} option, declared alike by every target that has units. */
public final class ForEach {

    /** The key. */
    public static final String KEY = "for-each";

    private ForEach() {
    }

    /**
     * The {@code for-each} option of a target that accepts {@code accepted}, {@code fallback} when
     * the key is absent.
     */
    public static Option<UnitKind> option(List<UnitKind> accepted, UnitKind fallback, String description) {
        return Option.choice(KEY, accepted, UnitKind::label, fallback, description);
    }
}
