package dev.guidepost.cli;

import dev.guidepost.Guidepost;
import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.Suggestion;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidepost explain RULE}: prints what a rule checks, why, and how to fix it. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explain a rule: what it checks, why, how to fix it, with examples.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PolicyLookup lookup = new PolicyLookup();

    @Parameters(paramLabel = "RULE", description = "The rule id, e.g. django/no-print.")
    String ruleId;

    @Override
    public Integer call() {
        CompiledPolicy policy = lookup.load(Guidepost.standard());
        RuleDefinition rule = policy.policy().rule(ruleId).orElseThrow(() -> new CliException(
                "no rule '" + ruleId + "' in " + policy.policy().name() + Suggestion.hint(ruleId,
                        policy.policy().rules().stream().map(RuleDefinition::id).toList())
                        + "; 'guidepost rules' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(rule.id() + " — " + rule.title());
        out.println("severity: " + rule.severity().label() + "   target: " + rule.target() + "   from: " + rule.origin());
        if (!rule.rationale().isBlank()) {
            out.println();
            out.println("Why");
            out.println(indent(rule.rationale()));
        }
        if (!rule.fix().isBlank()) {
            out.println();
            out.println("How to fix");
            out.println(indent(rule.fix()));
        }
        for (RuleDefinition.Example example : rule.examples()) {
            out.println();
            out.println(example.violating() ? "Flagged" : "Accepted");
            out.println(indent(example.text().stripTrailing()));
        }
        if (!rule.helpUri().isBlank()) {
            out.println();
            out.println("More: " + rule.helpUri());
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private static String indent(String text) {
        return "  " + text.strip().replace("\n", "\n  ");
    }
}
