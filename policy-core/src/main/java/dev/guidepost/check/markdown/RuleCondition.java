package dev.guidepost.check.markdown;

import java.util.List;

/**
 * A rule's {@code when}: the rule applies to a unit only when all (or any) of its file conditions
 * hold in the unit's folder.
 */
public record RuleCondition(boolean any, List<FileCondition> conditions) {

    public RuleCondition {
        conditions = List.copyOf(conditions);
    }
}
