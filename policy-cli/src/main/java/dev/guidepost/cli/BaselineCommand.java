package dev.guidepost.cli;

import dev.guidepost.Guidepost;
import dev.guidepost.baseline.Baseline;
import dev.guidepost.report.Note;
import dev.guidepost.report.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidepost baseline}: records today's findings so that later runs report only new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Manage a baseline of accepted findings.",
        subcommands = {BaselineCommand.Write.class})
final class BaselineCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code guidepost baseline write FILE [PATH...]}. */
    @Command(name = "write", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            customSynopsis = "guidepost baseline write [OPTIONS] FILE [PATH...]",
            description = {"Check the repository (PATH, default: the current folder) and record every finding in FILE.",
                    "Findings are recorded by fingerprint (rule, file and the flagged code, not the line number), "
                            + "so unrelated edits do not revive them. Use it with 'guidepost check --baseline FILE'."})
    static final class Write implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RepositoryOptions repository = new RepositoryOptions();

        @Mixin
        ProgressOptions progressOptions = new ProgressOptions();

        @Override
        public Integer call() {
            if (repository.paths.isEmpty()) {
                throw new CliException("missing FILE: guidepost baseline write FILE [PATH...]");
            }
            Path file = repository.paths.remove(0);
            Report report;
            try (ProgressLine progress = progressOptions.progress(spec.commandLine().getErr())) {
                report = Guidepost.standard().run(repository.request(), progress).report();
            }
            FileWrites.write(file, Baseline.of(report).toJson());
            spec.commandLine().getOut().println("recorded " + report.findings().size()
                    + (report.findings().size() == 1 ? " finding" : " findings") + " in " + file);
            spec.commandLine().getOut().flush();
            if (!report.complete()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("guidepost: the check was incomplete, so the baseline may lack findings:");
                report.notes().stream().filter(Note::isFailure).forEach(n -> err.println("  " + n.path() + ": " + n.message()));
                err.flush();
                return ExitCode.INCOMPLETE.code();
            }
            return ExitCode.OK.code();
        }
    }
}
