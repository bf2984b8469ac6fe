package dev.guidepost.cli;

import dev.guidepost.Guidepost;
import dev.guidepost.builtin.RuleCatalogue;
import dev.guidepost.engine.CommandRuleLogic;
import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.suppress.SuppressionRules;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidepost rules}: lists the rules of the active policy, or prints their catalogue in Markdown. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the rules of the active policy.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PolicyLookup lookup = new PolicyLookup();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: one line per rule) or markdown (the rule catalogue, as in docs/rules.md).")
    String format;

    @Override
    public Integer call() {
        CompiledPolicy policy = lookup.load(Guidepost.standard());
        if (!format.equals("text") && !format.equals("markdown")) {
            throw new CliException("unknown --format '" + format + "': expected text or markdown");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("markdown")) {
            out.print(RuleCatalogue.markdown(policy.policy()));
            out.flush();
            return ExitCode.OK.code();
        }
        int width = policy.policy().rules().stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (RuleDefinition rule : policy.policy().rules().stream()
                .sorted(Comparator.comparing(RuleDefinition::id)).toList()) {
            out.printf("%-" + width + "s  %-7s  %-8s  %s%n", rule.id(), rule.severity().label(), rule.target(),
                    rule.title());
        }
        List<String> own = SuppressionRules.definitions().stream().map(RuleDefinition::id).toList();
        int count = policy.policy().rules().size();
        long commands = policy.rules().stream().filter(r -> r.logic() instanceof CommandRuleLogic).count();
        String commandNote = commands == 0 ? "" : String.format(" and leaves out the %d command rules (they judge the"
                + " commands an assistant runs, through guidepost hook)", commands);
        out.printf("%d rules in %s; check also runs Guidepost's %d rules about inline suppressions (%s)%s, "
                + "so its reports count %d rules%n", count, policy.policy().name(), own.size(), String.join(", ", own),
                commandNote, count + own.size() - commands);
        out.flush();
        return ExitCode.OK.code();
    }
}
