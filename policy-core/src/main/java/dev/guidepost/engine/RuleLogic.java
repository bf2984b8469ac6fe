package dev.guidepost.engine;

/** The compiled, executable part of a rule: per file, or over the whole workspace. */
public sealed interface RuleLogic permits FileRuleLogic, WorkspaceRuleLogic {
}
