package dev.guidepost.engine;

import java.util.Optional;

/**
 * Logic that judges a shell command an assistant is about to run, not the files of a repository:
 * {@code guidepost hook} asks it before Claude Code runs a Bash command. A check of a repository
 * never runs it.
 */
public non-sealed interface CommandRuleLogic extends RuleLogic {

    /**
     * The simple command of {@code commandLine} (one part of a compound command, as typed) that the
     * rule catches, if any.
     */
    Optional<String> match(String commandLine);
}
