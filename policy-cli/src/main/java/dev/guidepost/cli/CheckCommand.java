package dev.guidepost.cli;

import dev.guidepost.CheckRequest;
import dev.guidepost.CheckResult;
import dev.guidepost.FixMode;
import dev.guidepost.FixResult;
import dev.guidepost.Guidepost;
import dev.guidepost.Shard;
import dev.guidepost.cache.RunMemo;
import dev.guidepost.edit.FileChange;
import dev.guidepost.edit.UnifiedDiff;
import dev.guidepost.policy.Severity;
import dev.guidepost.policy.Suggestion;
import dev.guidepost.report.Report;
import dev.guidepost.report.ReportFiles;
import dev.guidepost.report.ReportFormat;
import dev.guidepost.report.RunTiming;
import dev.guidepost.report.TextReportWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidepost check}: runs the policy and reports findings. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check a repository against the policy.")
final class CheckCommand implements Callable<Integer> {

    private static final List<String> FAIL_LEVELS = List.of("error", "warning", "info", "never");
    /** The defaults of --fail-on and --color, for picocli's annotations and {@link CheckArguments} alike. */
    static final String DEFAULT_FAIL_ON = "error";
    static final String DEFAULT_COLOR = "auto";

    /** picocli's model of this command; null when the command line was read without picocli ({@link CheckArguments}). */
    @Spec
    CommandSpec spec;

    /** The streams and the command line of a run read by {@link CheckArguments} (picocli's otherwise). */
    private PrintWriter out;
    private PrintWriter err;
    private List<String> commandLine;

    @Mixin
    RepositoryOptions repository = new RepositoryOptions();

    @Mixin
    ProgressOptions progressOptions = new ProgressOptions();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]",
            description = "Report format: text, json, sarif, junit, github or html. "
                    + "Repeat for several reports; FORMAT=FILE writes that report to FILE. Default: text.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report (the one --format without its own file) to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = DEFAULT_FAIL_ON,
            description = "Exit with 1 when a finding is at or above LEVEL: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings not recorded in FILE (made by 'guidepost baseline write FILE').")
    Path baseline;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Check only shard I of N: a share of the files balanced by bytes, the same on every machine; "
                    + "repository-wide rules run in shard 1 only. Join the shards' JSON or SARIF reports with 'guidepost merge'.")
    String shard;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = DEFAULT_COLOR,
            description = "Colour the text report: auto, always or never (default: ${DEFAULT-VALUE}; NO_COLOR is honoured).")
    String color;

    @Option(names = "--fix",
            description = "Fix what the findings say is missing: permission rules in .claude/settings.json "
                    + "(the file is created if needed; nothing is removed or reordered) and CLAUDE.md sections "
                    + "(appended; existing text is kept). Files are written whole; the report shows what is left.")
    boolean fix;

    @Option(names = "--diff",
            description = "With --fix: print every edit as a unified diff and write nothing; exit with 1 when there is "
                    + "something to fix, 0 when there is not.")
    boolean diff;

    @Option(names = "--unsafe-fixes",
            description = "With --fix: also apply the replacements of source rules (their 'replace'), which change code.")
    boolean unsafeFixes;

    @Option(names = "--hooks",
            description = "With --fix: also add the Claude Code hooks that run 'guidepost hook' to .claude/settings.json "
                    + "at the root when they are missing (created when needed; only added, nothing else changes).")
    boolean hooks;

    /** This command for a run whose command line {@link CheckArguments} read, printing to {@code out} and {@code err}. */
    CheckCommand runningWith(PrintWriter out, PrintWriter err, List<String> commandLine) {
        this.out = out;
        this.err = err;
        this.commandLine = List.copyOf(commandLine);
        repository.notes = err;
        return this;
    }

    private PrintWriter out() {
        return spec != null ? spec.commandLine().getOut() : out;
    }

    private PrintWriter err() {
        return spec != null ? spec.commandLine().getErr() : err;
    }

    @Override
    public Integer call() {
        Optional<Severity> threshold = failOn.equals("never") ? Optional.empty()
                : Optional.of(Severity.parse(failOn).orElseThrow(() -> new CliException(
                        "unknown --fail-on level '" + failOn + "'" + Suggestion.likelyHint(failOn, FAIL_LEVELS)
                        + ": expected error, warning, info or never")));
        if (diff && !fix) {
            throw new CliException("--diff shows what --fix would change: give --fix too");
        }
        if (unsafeFixes && !fix) {
            throw new CliException("--unsafe-fixes widens what --fix changes: give --fix too");
        }
        if (hooks && !fix) {
            throw new CliException("--hooks is something --fix adds: give --fix too");
        }
        if (fix && shard != null) {
            throw new CliException("--fix works on the whole repository: it cannot be combined with --shard");
        }
        List<OutputTarget> targets = targets();
        CheckRequest request = repository.request().withBaseline(baseline).withShard(shard());
        if (fix) {
            return fix(request, threshold, targets);
        }
        CheckResult result;
        try (ProgressLine progress = progressOptions.progress(err())) {
            result = Guidepost.standard().run(request, progress);
        }
        List<RunMemo.Output> outputs = render(result.report(), Optional.of(result), targets);
        int code = exitCode(result.report(), threshold).code();
        remember(request, result, outputs, code);
        return code;
    }

    /**
     * Keeps what this run printed and wrote in the run memo ({@link CheckMemo}), when the command may
     * be answered from it and the run was complete and used the cache.
     */
    private void remember(CheckRequest request, CheckResult result, List<RunMemo.Output> outputs, int code) {
        if (request.cacheDirectory().isEmpty() || result.inputs().isEmpty() || !result.report().complete()) {
            return;
        }
        List<String> args = spec != null ? spec.root().commandLine().getParseResult().originalArgs() : commandLine;
        Path cacheDirectory = request.cacheDirectory().get();
        CheckMemo.key(args).ifPresent(key -> {
            if (RunMemo.save(cacheDirectory, key, new RunMemo.Entry(code, outputs, result.inputs().get()))) {
                CheckMemo.link(cacheDirectory, key, System.getenv());
            }
        });
    }

    /** {@code --fix}: plans the fixes, writes them or prints them as diffs, then reports what is left. */
    private int fix(CheckRequest request, Optional<Severity> threshold, List<OutputTarget> targets) {
        FixResult result = Guidepost.standard().fix(request, new FixMode(!diff, unsafeFixes, hooks));
        PrintWriter out = out();
        PrintWriter err = err();
        List<FileChange> changes = result.plan().changes().stream().filter(c -> !c.isNoop()).toList();
        if (diff) {
            changes.forEach(change -> out.print(UnifiedDiff.render(change)));
            out.flush();
        } else {
            changes.forEach(change -> err.println((change.creates() ? "created " : "fixed ") + change.path() + " ("
                    + change.summary() + ")"));
        }
        result.plan().notes().forEach(note -> err.println("note: " + note));
        if (hooks) {
            HookPathNote.of(System.getenv("PATH")).ifPresent(note -> err.println("note: " + note));
        }
        if (diff) {
            err.println(changes.isEmpty() ? "Nothing to fix."
                    : (result.addressed().isEmpty() ? "Would change "
                            : "Would fix " + count(result.addressed().size(), "finding") + " in ") + count(changes.size(), "file")
                            + "; nothing written.");
            err.flush();
            if (!result.before().complete()) {
                return ExitCode.INCOMPLETE.code();
            }
            return changes.isEmpty() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
        }
        err.println(changes.isEmpty() ? "Nothing to fix."
                : (result.fixed() == 0 ? "Changed " : "Fixed " + count(result.fixed(), "finding") + " in ")
                        + count(changes.size(), "file") + "; " + count(result.after().findings().size(), "finding") + " left.");
        err.flush();
        render(result.after(), Optional.empty(), targets);
        return exitCode(result.after(), threshold).code();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Prints and writes the reports; returns what went where, as a run memo keeps it (no timing). */
    private List<RunMemo.Output> render(Report report, Optional<CheckResult> timed, List<OutputTarget> targets) {
        PrintWriter out = out();
        List<RunMemo.Output> outputs = new ArrayList<>();
        List<ReportFiles.Target> files = new ArrayList<>();
        for (OutputTarget target : targets) {
            if (target.file().isPresent()) {
                files.add(new ReportFiles.Target(target.format().writer(false), target.file().get()));
                outputs.add(new RunMemo.Written(target.file().get()));
            }
        }
        FileWrites.write(report, files);
        for (OutputTarget target : targets) {
            if (target.file().isPresent()) {
                continue;
            }
            boolean colour = useColour();
            boolean timedText = target.format() == ReportFormat.TEXT;
            Optional<RunTiming> timing = timedText ? timed.map(CheckResult::timing) : Optional.empty();
            String rendered = (timedText ? new TextReportWriter(colour, timing) : target.format().writer(colour))
                    .render(report);
            out.print(rendered);
            out.flush();
            // the memo keeps the report without the timing, which only a slow run's text shows
            outputs.add(new RunMemo.Printed(timing.filter(RunTiming::slow).isPresent()
                    ? new TextReportWriter(colour).render(report) : rendered));
        }
        return outputs;
    }

    /** An incomplete run exits with 3 whatever it found: its findings may be missing. */
    static ExitCode exitCode(Report report, Optional<Severity> threshold) {
        if (!report.complete()) {
            return ExitCode.INCOMPLETE;
        }
        return threshold.isPresent() && report.hasFindingsAtOrAbove(threshold.get()) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private Shard shard() {
        if (shard == null) {
            return null;
        }
        try {
            return Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new CliException("--shard: " + e.getMessage());
        }
    }

    private List<OutputTarget> targets() {
        List<OutputTarget> targets = new ArrayList<>();
        for (String format : formats.isEmpty() ? List.of("text") : formats) {
            targets.add(OutputTarget.parse(format));
        }
        List<OutputTarget> toStdout = targets.stream().filter(t -> t.file().isEmpty()).toList();
        if (output != null) {
            if (toStdout.size() != 1) {
                throw new CliException("--output needs exactly one --format without its own file, found "
                        + toStdout.size());
            }
            targets.set(targets.indexOf(toStdout.get(0)), new OutputTarget(toStdout.get(0).format(), Optional.of(output)));
        } else if (toStdout.size() > 1) {
            throw new CliException("only one report can go to standard output; give the others a file with FORMAT=FILE");
        }
        return targets;
    }

    private boolean useColour() {
        return switch (color) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
            default -> throw new CliException("unknown --color value '" + color + "': expected auto, always or never");
        };
    }
}
