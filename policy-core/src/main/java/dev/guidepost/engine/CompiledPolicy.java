package dev.guidepost.engine;

import dev.guidepost.policy.Policy;
import dev.guidepost.policy.OptionReader;
import dev.guidepost.policy.Problems;
import dev.guidepost.policy.RuleDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A policy whose every rule is compiled and ready to run. Immutable and shareable across threads. */
public record CompiledPolicy(Policy policy, List<CompiledRule> rules) {

    public CompiledPolicy {
        rules = List.copyOf(rules);
    }

    /**
     * Compiles every rule of {@code policy} with the checks of {@code registry}; throws a
     * {@link dev.guidepost.policy.PolicyException} listing every problem found.
     */
    public static CompiledPolicy compile(Policy policy, CheckRegistry registry) {
        Problems problems = new Problems();
        CompiledPolicy compiled = compile(policy, registry, problems);
        problems.throwIfAny();
        return compiled;
    }

    /** Compiles what compiles, adding every problem to {@code problems} instead of throwing. */
    public static CompiledPolicy compile(Policy policy, CheckRegistry registry, Problems problems) {
        List<CompiledRule> compiled = new ArrayList<>();
        for (RuleDefinition rule : policy.rules()) {
            Check check = registry.check(rule.target()).orElseThrow();
            OptionReader options = new OptionReader(rule.options(), problems);
            Set<String> allowed = new HashSet<>(check.optionKeys());
            allowed.addAll(dev.guidepost.policy.PolicyLoader.COMMON_RULE_KEYS);
            options.allowOnly(allowed, "a rule of target '" + rule.target() + "'");
            int before = problems.size();
            RuleLogic logic = check.compile(rule, new CompileContext(problems, options, policy.scopes()));
            if (logic != null && problems.size() == before) {
                compiled.add(new CompiledRule(rule, logic));
            }
        }
        return new CompiledPolicy(policy, compiled);
    }
}
