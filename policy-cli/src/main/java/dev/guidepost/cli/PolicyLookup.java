package dev.guidepost.cli;

import dev.guidepost.Guidepost;
import dev.guidepost.engine.CompiledPolicy;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that work on a policy without checking a repository ({@code rules},
 * {@code explain}, {@code test}): the policy, and the repository whose {@code guidepost.yaml} is
 * the default one.
 */
final class PolicyLookup {

    @Mixin
    PolicyOptions policyOptions = new PolicyOptions();

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "The repository whose guidepost.yaml is the default policy (default: the current folder).")
    Path root;

    CompiledPolicy load(Guidepost guidepost) {
        return policyOptions.load(guidepost, root.toAbsolutePath().normalize());
    }
}
