package dev.guidepost.cli;

import picocli.CommandLine.Command;

/** The top-level command; its subcommands ({@link Main#commandLine}) do the work. */
@Command(name = "guidepost",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks a repository against a Guidepost policy: CLAUDE.md files, Claude Code settings and source code.",
        footer = {"", "Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 usage or policy error."})
final class GuidepostCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
