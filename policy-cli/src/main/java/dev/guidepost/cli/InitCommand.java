package dev.guidepost.cli;

import dev.guidepost.edit.ChangeWriter;
import dev.guidepost.edit.FileChange;
import dev.guidepost.edit.UnifiedDiff;
import dev.guidepost.setup.InitPlan;
import dev.guidepost.setup.Initializer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidepost init}: writes CLAUDE.md, Claude Code settings and a policy from the repository's facts. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write what a Django repository needs to pass the built-in pack, from what it contains: "
                + "a CLAUDE.md and a .claude/settings.json per Django project and a guidepost.yaml at the root.",
                "Only missing files are written; existing ones are never changed ("
                + "'guidepost check --fix' adds what an existing CLAUDE.md or settings file misses), "
                + "except that --hooks adds its entries to an existing .claude/settings.json."})
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..1", description = "The repository folder (default: the current folder).")
    Path path;

    @Option(names = "--dry-run", description = "Print what would be written as a unified diff and write nothing.")
    boolean dryRun;

    @Option(names = "--hooks",
            description = "Also add the Claude Code hooks that run 'guidepost hook' (SessionStart; PreToolUse for Bash; "
                    + "PostToolUse for Edit, Write, MultiEdit and NotebookEdit; Stop) to .claude/settings.json at the root: "
                    + "created when missing, else only added to (an event that already runs 'guidepost hook' is left as it is).")
    boolean hooks;

    @Override
    public Integer call() {
        Path root = (path == null ? Path.of("") : path).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new CliException("not a folder: " + (path == null ? root : path));
        }
        InitPlan plan = Initializer.plan(root, hooks);
        PrintWriter out = spec.commandLine().getOut();
        if (dryRun) {
            for (FileChange change : plan.changes()) {
                out.print(UnifiedDiff.render(change));
            }
        } else {
            try {
                new ChangeWriter(root).apply(plan.changes());
            } catch (IOException e) {
                throw new CliException("cannot write: " + e.getMessage());
            }
            for (FileChange change : plan.changes()) {
                out.println((change.creates() ? "created " : "changed ") + change.path() + " (" + change.summary() + ")");
            }
        }
        PrintWriter info = dryRun ? spec.commandLine().getErr() : out;
        for (String note : plan.notes()) {
            info.println("note: " + note);
        }
        if (hooks) {
            HookPathNote.of(System.getenv("PATH")).ifPresent(note -> info.println("note: " + note));
        }
        if (plan.changes().isEmpty()) {
            info.println("nothing to write");
        } else if (!dryRun) {
            out.println("Next: answer the lines marked QUESTION, then run 'guidepost check'.");
        }
        out.flush();
        info.flush();
        return ExitCode.OK.code();
    }
}
