package dev.guidepost.cli;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.engine.CompiledPolicy;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that choose a policy, shared by the subcommands. */
final class PolicyOptions {

    @Option(names = {"-p", "--policy"}, paramLabel = "FILE",
            description = "Policy file or builtin:NAME. Default: guidepost.yaml at the repository root, else builtin:django.")
    String policy;

    /** The compiled policy for a repository at {@code root}. */
    CompiledPolicy load(Guidepost guidepost, Path root) {
        return guidepost.policy(request(root));
    }

    CheckRequest request(Path root) {
        return CheckRequest.of(root).withPolicy(policy).withWorkingDirectory(Path.of("").toAbsolutePath());
    }
}
