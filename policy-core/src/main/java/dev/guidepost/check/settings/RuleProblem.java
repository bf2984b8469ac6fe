package dev.guidepost.check.settings;

import dev.guidepost.policy.Severity;

/**
 * A problem inside one permission-rule string.
 *
 * @param kind     RULE_SYNTAX or RULE_IGNORED
 * @param severity how serious
 * @param offset   0-based character offset inside the rule text where the problem starts
 * @param message  one-line explanation
 */
public record RuleProblem(SettingsProblem.Kind kind, Severity severity, int offset, String message) {
}
