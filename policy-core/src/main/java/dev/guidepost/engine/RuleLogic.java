package dev.guidepost.engine;

/** The compiled, executable part of a rule: per file, over the whole workspace, or on a shell command. */
public sealed interface RuleLogic permits FileRuleLogic, WorkspaceRuleLogic, CommandRuleLogic {
}
