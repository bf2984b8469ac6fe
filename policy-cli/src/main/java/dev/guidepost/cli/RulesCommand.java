package dev.guidepost.cli;

import dev.guidepost.Guidepost;
import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.policy.RuleDefinition;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidepost rules}: lists the rules of the active policy. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the rules of the active policy.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PolicyOptions policyOptions = new PolicyOptions();

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "The repository whose guidepost.yaml is the default policy (default: the current folder).")
    Path root;

    @Override
    public Integer call() {
        CompiledPolicy policy = policyOptions.load(Guidepost.standard(), root.toAbsolutePath().normalize());
        PrintWriter out = spec.commandLine().getOut();
        int width = policy.policy().rules().stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (RuleDefinition rule : policy.policy().rules().stream()
                .sorted(Comparator.comparing(RuleDefinition::id)).toList()) {
            out.printf("%-" + width + "s  %-7s  %-8s  %s%n", rule.id(), rule.severity().label(), rule.target(),
                    rule.title());
        }
        out.printf("%d rules in %s%n", policy.policy().rules().size(), policy.policy().name());
        out.flush();
        return ExitCode.OK.code();
    }
}
