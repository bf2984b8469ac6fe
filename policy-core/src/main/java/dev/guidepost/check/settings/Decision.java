package dev.guidepost.check.settings;

import java.util.List;
import java.util.Optional;

/**
 * What the merged permission rules say about one tool use, and which rules said it.
 *
 * @param verdict DENY, ASK, ALLOW or UNDECIDED (Claude Code then falls back to its mode)
 * @param rules   the deciding rules: one for DENY/ASK; for ALLOW one per simple command of a
 *                compound Bash command (in order, repeated rules removed); none for UNDECIDED
 */
public record Decision(Verdict verdict, List<RuleEntry> rules) {

    /** The possible outcomes. */
    public enum Verdict { DENY, ASK, ALLOW, UNDECIDED }

    public Decision {
        rules = List.copyOf(rules);
    }

    /** The first deciding rule. */
    public Optional<RuleEntry> rule() {
        return rules.isEmpty() ? Optional.empty() : Optional.of(rules.get(0));
    }

    @Override
    public String toString() {
        return verdict + (rules.isEmpty() ? "" : " by " + rules);
    }
}
