package dev.guidepost.check.settings;

import java.util.List;
import java.util.Optional;

/**
 * What {@link PermissionRuleParser} made of one rule string: the rule when it has a usable
 * shape (possibly with warnings), and every problem found.
 */
public record RuleParse(Optional<PermissionRule> rule, List<RuleProblem> problems) {

    public RuleParse {
        problems = List.copyOf(problems);
    }

    /** True when there is a rule and no error. */
    public boolean isClean() {
        return rule.isPresent() && problems.isEmpty();
    }
}
