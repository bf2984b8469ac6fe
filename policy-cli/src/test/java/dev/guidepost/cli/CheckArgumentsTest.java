package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * {@link CheckArguments} reads a check command line as picocli reads it, or leaves it to picocli.
 */
class CheckArgumentsTest {

    /** Option names, right and wrong, and forms picocli reads but the reader leaves to it. */
    private static final List<String> OPTIONS = List.of("-f", "--format", "-o", "--output", "--fail-on", "--baseline",
            "--shard", "--color", "--fix", "--diff", "--unsafe-fixes", "--hooks", "-p", "--policy", "--root", "--include",
            "--exclude", "--user-settings", "--changed-since", "--threads", "--no-cache", "--cache-dir", "-q", "--quiet",
            "--help", "-h", "-V", "--version", "--", "-x", "--unknown", "-qf", "-fjson", "-f=json", "-pbuiltin:django",
            "--format=json", "--format=json=out.json", "--threads=5", "--threads=-1", "--fix=true", "--no-cache=false",
            "--fail-on=", "--policy=", "--root=src", "--formats", "--no-cache-dir", "-");

    /** Values and paths: plain, empty, with '=', spaces, signs, option-like and number-like. */
    private static final List<String> VALUES = List.of("json", "text", "sarif=out.sarif", "a.json", "error", "never",
            "warning", "3", "007", "0", "-1", "x y", "src/app", "", "1/2", "auto", "always", "9999999999", "0x10", "=",
            "a=b", "--fix", "@args", "builtin:django", "guidepost.yaml", ".", "..", "src/**/*.py", "HEAD~1", "caf\u00e9",
            "check", "help", "nul\u0000byte");

    @Property(tries = 3000)
    void readsACommandLineAsPicocliDoesOrLeavesItToPicocli(@ForAll("commandLines") List<String> args) {
        Optional<CheckCommand> read = CheckArguments.read(args);
        Optional<CheckCommand> parsed = picocli(args);
        Statistics.label("read without picocli").collect(read.isPresent());
        if (read.isPresent()) {
            assertThat(parsed).as("picocli reads %s too", args).isPresent();
            assertThat(describe(read.get())).as("%s", args).isEqualTo(describe(parsed.get()));
        }
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(OPTIONS)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(VALUES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(6)
                        .withChars("-=@./ax1 ".toCharArray())));
        return token.list().ofMaxSize(8);
    }

    @Test
    void takesTheCommandLinesPeopleType() {
        List<List<String>> typical = List.of(List.of(), List.of("."), List.of(".", "--no-cache", "--fail-on", "never"),
                List.of("--format", "json", "-o", "report.json", "src"),
                List.of("-f", "text", "-f", "sarif=out.sarif", "--policy", "builtin:django", "--root", ".", "app/models.py"),
                List.of("--fail-on=warning", "--color=never", "--threads", "4", "--cache-dir", "/tmp/cache", "-q"),
                List.of("--fix", "--diff", "--unsafe-fixes", "--hooks", "--include", "**/*.py", "--include", "*.md",
                        "--exclude", "build/**", "--user-settings", "settings.json", "--changed-since", "main",
                        "--baseline", "baseline.json", "--shard", "1/2"));
        for (List<String> args : typical) {
            Optional<CheckCommand> read = CheckArguments.read(args);
            assertThat(read).as("%s", args).isPresent();
            assertThat(describe(read.get())).as("%s", args).isEqualTo(describe(picocli(args).orElseThrow()));
        }
    }

    /**
     * Every option of the check command (as picocli's model has it) is one the reader takes, so that an
     * option added to the command and not to the reader fails here rather than sending every command
     * line that uses it through picocli unnoticed.
     */
    @Test
    void knowsEveryOptionOfTheCheckCommand() {
        CommandLine check = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "check").getSubcommands().get("check");
        int options = 0;
        for (CommandLine.Model.OptionSpec option : check.getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            for (String name : option.names()) {
                List<String> args = option.arity().max == 0 ? List.of(name) : List.of(name, "1");
                Optional<CheckCommand> read = CheckArguments.read(args);
                assertThat(read).as("%s", args).isPresent();
                assertThat(describe(read.get())).as("%s", args).isEqualTo(describe(picocli(args).orElseThrow()));
                options++;
            }
        }
        assertThat(options).isGreaterThanOrEqualTo(20);
    }

    @Test
    void leavesHelpVersionArgumentFilesAndMistakesToPicocli() {
        for (List<String> args : List.of(List.of("--help"), List.of("-V"), List.of("@args.txt"), List.of("--", "."),
                List.of("--policy"), List.of("--policy", "--fix"), List.of("-o", "a", "-o", "b"), List.of("--fix=true"),
                List.of("-qf", "json"), List.of("-fjson"), List.of("--threads", "-1"), List.of("--threads", "x"),
                List.of("--no-cache", "--no-cache"), List.of("-q", "--quiet"), List.of("--unknown"))) {
            assertThat(CheckArguments.read(args)).as("%s", args).isEmpty();
        }
    }

    /** picocli's reading of {@code check ARGS}, through the command line {@link Main} builds; empty on a usage error. */
    private static Optional<CheckCommand> picocli(List<String> args) {
        CommandLine commandLine = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "check");
        List<String> all = new ArrayList<>();
        all.add("check");
        all.addAll(args);
        try {
            ParseResult result = commandLine.parseArgs(all.toArray(String[]::new));
            return Optional.of((CheckCommand) result.subcommand().commandSpec().userObject());
        } catch (CommandLine.PicocliException e) { // a usage error, or an argument file that cannot be read
            return Optional.empty();
        }
    }

    private static String describe(CheckCommand c) {
        RepositoryOptions r = c.repository;
        return String.join("\n", "formats " + c.formats, "output " + c.output, "failOn " + c.failOn,
                "baseline " + c.baseline, "shard " + c.shard, "color " + c.color, "fix " + c.fix, "diff " + c.diff,
                "unsafeFixes " + c.unsafeFixes, "hooks " + c.hooks, "quiet " + c.progressOptions.quiet,
                "policy " + r.policyOptions.policy, "paths " + r.paths, "root " + r.root, "includes " + r.includes,
                "excludes " + r.excludes, "userSettings " + r.userSettings, "changedSince " + r.changedSince,
                "threads " + r.threads, "noCache " + r.noCache, "cacheDir " + r.cacheDir);
    }
}
