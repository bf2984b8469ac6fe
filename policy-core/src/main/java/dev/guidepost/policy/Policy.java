package dev.guidepost.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded policy: its name, its named scopes and its active rules (switched-off rules are
 * gone), in a stable order. Immutable and safe to share across threads.
 */
public record Policy(String name, String source, Map<String, PathSelector> scopes, List<RuleDefinition> rules) {

    public Policy {
        scopes = Map.copyOf(scopes);
        rules = List.copyOf(rules);
    }

    public Optional<RuleDefinition> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
