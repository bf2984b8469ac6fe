package dev.guidepost.engine;

import dev.guidepost.policy.RuleDefinition;

/** A rule together with its compiled logic. */
public record CompiledRule(RuleDefinition definition, RuleLogic logic) {
}
