package dev.guidepost.cli;

import dev.guidepost.Guidepost;
import dev.guidepost.cache.CacheDirectory;
import dev.guidepost.hook.HookReply;
import dev.guidepost.hook.HookResponder;
import dev.guidepost.hook.HookSettings;
import dev.guidepost.policy.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code guidepost hook}: reads one Claude Code hook event on standard input and answers it in
 * Claude Code's hook protocol (see {@link HookResponder} and docs/claude-code-hooks.md). Always
 * exits 0: a reply blocks through its JSON, and Guidepost's own trouble never blocks the assistant.
 */
@Command(name = "hook", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Answer one Claude Code hook event (JSON on standard input): PreToolUse of Bash "
                + "(command rules deny or ask), PostToolUse of Edit/Write/MultiEdit/NotebookEdit (the file's "
                + "findings), Stop (findings in the files changed in the session).",
                "Meant to be run by Claude Code; see docs/claude-code-hooks.md for the settings entries."})
final class HookCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "The policy (a file or builtin:NAME); default: guidepost.yaml at the repository root, "
                    + "else builtin:django.")
    String policy;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "The lowest severity that blocks an edit or a stop: error (default), warning or info.")
    String failOn;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Read the event from FILE instead of standard input (to replay a recorded event).")
    Path input;

    @Option(names = "--stop", description = "Stop the background hook server of the repository of the current"
            + " folder, if one runs, and exit.")
    boolean stop;

    @Override
    public Integer call() throws IOException {
        if (stop) {
            boolean stopped = HookClient.stop(Path.of("").toAbsolutePath());
            spec.commandLine().getOut().println(stopped ? "guidepost: the hook server of this repository stopped"
                    : "guidepost: no hook server runs for this repository");
            return 0;
        }
        Severity level = Severity.parse(failOn).orElseThrow(() -> new CliException(
                "unknown level '" + failOn + "' for --fail-on: expected error, warning or info"));
        String event = input != null ? Files.readString(input, StandardCharsets.UTF_8) : read(System.in);
        HookSettings settings = new HookSettings(Optional.ofNullable(policy), level,
                CacheDirectory.forUser().resolve("hook"), Path.of("").toAbsolutePath());
        HookReply reply = new HookResponder(Guidepost.standard(), settings).answer(event);
        spec.commandLine().getOut().print(reply.stdout());
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().print(reply.stderr());
        spec.commandLine().getErr().flush();
        return reply.exitCode();
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
