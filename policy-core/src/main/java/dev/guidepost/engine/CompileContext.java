package dev.guidepost.engine;

import dev.guidepost.policy.OptionReader;
import dev.guidepost.policy.PathSelector;
import dev.guidepost.policy.Problems;
import java.util.Map;

/**
 * What a check may use while compiling one rule.
 *
 * @param options typed access to the rule's target-specific keys
 * @param scopes the policy's named scopes
 */
public record CompileContext(Problems problems, OptionReader options, Map<String, PathSelector> scopes) {
}
