package dev.guidepost.cli;

import dev.guidepost.Guidepost;
import dev.guidepost.GuidepostException;
import dev.guidepost.policy.PolicyException;
import dev.guidepost.policy.PolicyProblem;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Entry point of the guidepost command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // an unchanged repository checked again: answered from the run memo before anything else loads
        java.util.Optional<Integer> replayed = CheckMemo.replay(java.util.List.of(args), System.out);
        if (replayed.isPresent()) {
            // halt, not exit: the replay registered no shutdown hook and flushed what it printed, and on
            // JDK 21+ exit first sets up System.Logger to see whether to log the exit (~8 ms)
            System.out.flush();
            Runtime.getRuntime().halt(replayed.get());
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /**
     * The subcommands in the order the usage lists them. picocli reads a command's annotations when
     * it is added (~150 ms of CPU for all of them at every start), so a run that names its
     * subcommand gets only that one; other runs (help, usage errors) get them all.
     */
    private static final List<Map.Entry<String, Supplier<Object>>> SUBCOMMANDS = List.of(
            Map.entry("check", CheckCommand::new),
            Map.entry("init", InitCommand::new),
            Map.entry("rules", RulesCommand::new),
            Map.entry("explain", ExplainCommand::new),
            Map.entry("test", TestCommand::new),
            Map.entry("permissions", PermissionsCommand::new),
            Map.entry("hook", HookCommand::new),
            Map.entry("baseline", BaselineCommand::new),
            Map.entry("merge", MergeCommand::new),
            Map.entry("help", CommandLine.HelpCommand::new));

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(out, err, args.length == 0 ? null : args[0]);
        return commandLine.execute(args);
    }

    /** The command line with every subcommand. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /** The command line for a run whose first argument is {@code first} (null: none). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
        CommandLine commandLine = new CommandLine(new GuidepostCommand());
        boolean named = first != null && !first.equals("help")
                && SUBCOMMANDS.stream().anyMatch(entry -> entry.getKey().equals(first));
        for (Map.Entry<String, Supplier<Object>> entry : SUBCOMMANDS) {
            if (!named || entry.getKey().equals(first)) {
                commandLine.addSubcommand(entry.getKey(), entry.getValue().get());
            }
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter e = cmd.getErr();
            if (exception instanceof PolicyException policyError) {
                e.println("guidepost: the policy has " + policyError.problems().size()
                        + (policyError.problems().size() == 1 ? " problem:" : " problems:"));
                for (PolicyProblem problem : policyError.problems()) {
                    e.println(problem);
                }
            } else if (exception instanceof GuidepostException | exception instanceof CliException) {
                e.println("guidepost: " + exception.getMessage());
            } else {
                e.println("guidepost: internal error: " + exception
                        + " (please report it with the command you ran)");
            }
            e.flush();
            return ExitCode.ERROR.code();
        });
        return commandLine;
    }

    /** The version line shown by {@code --version}. */
    static String versionLine() {
        return "guidepost " + Guidepost.version();
    }
}
