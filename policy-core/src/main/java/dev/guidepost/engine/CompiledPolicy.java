package dev.guidepost.engine;

import dev.guidepost.policy.Policy;
import dev.guidepost.policy.OptionReader;
import dev.guidepost.policy.Problems;
import dev.guidepost.policy.RuleDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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

    /**
     * Compiles what compiles, adding every problem to {@code problems} instead of throwing. The rules
     * are compiled side by side (most of a cold compilation is the JVM loading and first running each
     * check's classes); their problems are added in the policy's order, as a one-by-one compilation
     * adds them.
     */
    public static CompiledPolicy compile(Policy policy, CheckRegistry registry, Problems problems) {
        List<Compiled> each = policy.rules().parallelStream().map(rule -> compile(rule, policy, registry)).toList();
        List<CompiledRule> compiled = new ArrayList<>();
        for (Compiled rule : each) {
            rule.problems().forEach(problem -> problems.add(problem.position(), problem.message()));
            rule.rule().ifPresent(compiled::add);
        }
        return new CompiledPolicy(policy, compiled);
    }

    /** One rule compiled: the rule, unless it had problems, and its problems. */
    private record Compiled(Optional<CompiledRule> rule, List<dev.guidepost.policy.PolicyProblem> problems) {
    }

    private static Compiled compile(RuleDefinition rule, Policy policy, CheckRegistry registry) {
        Problems problems = new Problems();
        Check check = registry.check(rule.target()).orElseThrow();
        OptionReader options = new OptionReader(rule.options(), problems);
        Set<String> allowed = new HashSet<>(check.optionKeys());
        allowed.addAll(dev.guidepost.policy.PolicyLoader.COMMON_RULE_KEYS);
        options.allowOnly(allowed, "a rule of target '" + rule.target() + "'");
        RuleLogic logic = check.compile(rule, new CompileContext(problems, options, policy.scopes()));
        return new Compiled(logic != null && problems.isEmpty() ? Optional.of(new CompiledRule(rule, logic))
                : Optional.empty(), problems.list());
    }
}
