package dev.guidepost.cli;

import dev.guidepost.Guidepost;
import dev.guidepost.GuidepostException;
import dev.guidepost.policy.PolicyException;
import dev.guidepost.policy.PolicyProblem;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
     * subcommand gets only that one; other runs (help, usage errors) get them all. Names and a
     * switch, not method references: this class is initialised before the run memo answers, and
     * each method reference is linked on first use (~1 ms each in a fresh JVM).
     */
    private static final List<String> SUBCOMMANDS = List.of("check", "init", "rules", "explain", "test", "permissions",
            "hook", "baseline", "merge", "help");

    private static Object subcommand(String name) {
        switch (name) {
            case "check":
                return new CheckCommand();
            case "init":
                return new InitCommand();
            case "rules":
                return new RulesCommand();
            case "explain":
                return new ExplainCommand();
            case "test":
                return new TestCommand();
            case "permissions":
                return new PermissionsCommand();
            case "hook":
                return new HookCommand();
            case "baseline":
                return new BaselineCommand();
            case "merge":
                return new MergeCommand();
            case "help":
                return new CommandLine.HelpCommand();
            default:
                throw new IllegalArgumentException("no subcommand " + name);
        }
    }

    /**
     * Runs the command line with the given streams; returns the exit code. A plain check command line
     * is read without picocli ({@link CheckArguments}), every other one by picocli.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length > 0 && args[0].equals("check")) {
            List<String> all = List.of(args);
            java.util.Optional<CheckCommand> check = CheckArguments.read(all.subList(1, all.size()));
            if (check.isPresent()) {
                try {
                    return check.get().runningWith(out, err, all).call();
                } catch (Exception e) {
                    return failed(e, err);
                }
            }
        }
        CommandLine commandLine = commandLine(out, err, args.length == 0 ? null : args[0]);
        return commandLine.execute(args);
    }

    /** The command line with every subcommand. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /**
     * The picocli setting that leaves some of its built-in type converters out, and the types this
     * command line leaves out: those of {@code java.time} and {@code java.sql}. picocli registers a
     * converter for each such type by loading and initialising the class, ~90 classes of which no
     * option here has the type (and {@code MonthDay}'s initialisation builds a date formatter): ~15 ms
     * of every start that builds picocli's model (every command line but a plain check, which
     * {@link CheckArguments} reads). An option of such a type would need this changed ({@code MainTest}
     * says so).
     */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    static final String EXCLUDED_TYPES = "java\\.(time|sql)\\..*";

    /** The command line for a run whose first argument is {@code first} (null: none). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, EXCLUDED_TYPES);
        }
        CommandLine commandLine = new CommandLine(new GuidepostCommand());
        boolean named = first != null && !first.equals("help") && SUBCOMMANDS.contains(first);
        for (String name : SUBCOMMANDS) {
            if (!named || name.equals(first)) {
                commandLine.addSubcommand(name, subcommand(name));
            }
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> failed(exception, cmd.getErr()));
        return commandLine;
    }

    /** Says on {@code err} why a command failed; returns the exit code of a failed command. */
    private static int failed(Exception exception, PrintWriter err) {
        if (exception instanceof PolicyException policyError) {
            err.println("guidepost: the policy has " + policyError.problems().size()
                    + (policyError.problems().size() == 1 ? " problem:" : " problems:"));
            for (PolicyProblem problem : policyError.problems()) {
                err.println(problem);
            }
        } else if (exception instanceof GuidepostException | exception instanceof CliException) {
            err.println("guidepost: " + exception.getMessage());
        } else {
            err.println("guidepost: internal error: " + exception + " (please report it with the command you ran)");
        }
        err.flush();
        return ExitCode.ERROR.code();
    }

    /** The version line shown by {@code --version}. */
    static String versionLine() {
        return "guidepost " + Guidepost.version();
    }
}
