package dev.guidepost.check.source;

import java.util.HashMap;
import java.util.Map;

/**
 * The compiled utility rules of one source rule ({@code utils:}), by name. Filled once while the rule
 * is compiled (after every {@code matches} that refers to them, so that utility rules may refer to
 * each other and to themselves) and only read afterwards.
 */
final class UtilityRules {

    private final Map<String, RuleMatcher> rules = new HashMap<>();

    void define(String name, RuleMatcher rule) {
        if (rules.putIfAbsent(name, rule) != null) {
            throw new IllegalStateException("utility rule '" + name + "' defined twice");
        }
    }

    RuleMatcher get(String name) {
        RuleMatcher rule = rules.get(name);
        if (rule == null) {
            throw new IllegalStateException("utility rule '" + name + "' was never compiled");
        }
        return rule;
    }
}
