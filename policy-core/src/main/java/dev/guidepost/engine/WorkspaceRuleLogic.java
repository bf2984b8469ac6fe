package dev.guidepost.engine;

/** Logic that looks at the workspace as a whole: layout, per-project questions, merged settings. */
public non-sealed interface WorkspaceRuleLogic extends RuleLogic {

    void check(WorkspaceSubject subject, FindingSink sink);
}
