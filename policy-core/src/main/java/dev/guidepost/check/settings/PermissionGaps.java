package dev.guidepost.check.settings;

import dev.guidepost.engine.RuleLogic;
import dev.guidepost.engine.WorkspaceSubject;
import java.util.List;

/**
 * The gaps a compiled settings rule finds, for {@code check --fix}: the same computation that
 * produces its findings, so that a fix closes exactly what the check reports.
 */
public final class PermissionGaps {

    private PermissionGaps() {
    }

    /** The gaps of {@code logic} over {@code subject}'s workspace; none for logic that is not a permission-list rule. */
    public static List<PermissionGap> of(RuleLogic logic, WorkspaceSubject subject) {
        return logic instanceof PermissionLogic permissions ? permissions.gaps(subject) : List.of();
    }
}
