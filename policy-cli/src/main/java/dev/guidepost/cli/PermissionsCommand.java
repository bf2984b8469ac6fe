package dev.guidepost.cli;

import dev.guidepost.check.settings.Decision;
import dev.guidepost.check.settings.PathContext;
import dev.guidepost.check.settings.PermissionSet;
import dev.guidepost.check.settings.RuleEntry;
import dev.guidepost.check.settings.SettingsDocument;
import dev.guidepost.check.settings.SettingsFolder;
import dev.guidepost.check.settings.SettingsKeys;
import dev.guidepost.check.settings.SettingsScope;
import dev.guidepost.check.settings.ShellCommand;
import dev.guidepost.check.settings.ToolUse;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code guidepost permissions [PATH] -- COMMAND…}: what Claude Code started in PATH would do with
 * a command (deny, ask, allow or not decided) and which rule in which file decided it, with a note
 * when the answer depends on the workspace being trusted (Claude Code ignores the project's allow
 * rules until then).
 */
@Command(name = "permissions", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show what Claude Code started in PATH would do with a command, and which permission rule "
                + "in which settings file decides it.",
                "PATH's own .claude/settings.json and .claude/settings.local.json are merged over the user "
                        + "settings file, if given. COMMAND is a shell command (checked part by part when "
                        + "compound) or a tool use such as 'Read(./.env)'."})
final class PermissionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--user-settings", paramLabel = "FILE",
            description = "A Claude Code user settings file (e.g. ~/.claude/settings.json) to merge under the project files.")
    Path userSettings;

    @Parameters(paramLabel = "[PATH] -- COMMAND", arity = "1..*",
            description = "The folder Claude Code would run in (default: the current folder), then the command after --.")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        int dash = original.indexOf("--");
        int commandWords = dash < 0 ? words.size() : original.size() - dash - 1;
        Path folder = Path.of("");
        List<String> command = words.subList(words.size() - commandWords, words.size());
        List<String> before = words.subList(0, words.size() - commandWords);
        if (before.size() > 1) {
            throw new CliException("expected at most one PATH before '--', found " + before);
        }
        if (before.size() == 1) {
            folder = Path.of(before.get(0));
        } else if (dash < 0 && words.size() > 1 && Files.isDirectory(Path.of(words.get(0)))) {
            folder = Path.of(words.get(0));
            command = words.subList(1, words.size());
        }
        if (command.isEmpty() || String.join(" ", command).isBlank()) {
            throw new CliException("no command given: write it after '--', e.g. guidepost permissions -- python manage.py migrate");
        }
        Path directory = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            throw new CliException("not a folder: " + folder);
        }
        PrintWriter out = spec.commandLine().getOut();
        SettingsFolder settings;
        Optional<SettingsDocument> user;
        try {
            String shown = folder.toString().isEmpty() ? "" : folder.toString().replace('\\', '/');
            settings = SettingsFolder.read(directory, shown);
            user = Optional.ofNullable(userSettings)
                    .map(file -> SettingsDocument.read(file, file.toString(), SettingsScope.USER));
        } catch (UncheckedIOException e) {
            throw new CliException(e.getMessage());
        }
        describeFiles(out, directory, settings, user);
        String home = System.getProperty("user.home", "/home/user").replace('\\', '/');
        PermissionSet permissions = settings.permissions(user,
                new PathContext(directory.toString().replace('\\', '/'), home));
        String text = String.join(" ", command);
        ToolUse use = ToolUse.parse(text, SettingsKeys.standard().permissionTools());
        Decision decision = permissions.decide(use);
        out.println(shown(use) + ": " + verdict(decision));
        for (RuleEntry rule : decision.rules()) {
            out.println("  by " + origin(rule));
        }
        int allowRules = settings.projectAllowRules();
        if (allowRules > 0) {
            Decision untrusted = settings.permissions(user, new PathContext(directory.toString().replace('\\', '/'),
                    home), false).decide(use);
            out.println("note: this answer assumes a trusted workspace. Until Claude Code's trust dialog is accepted in "
                    + directory + ", it ignores the " + allowRules + " allow " + (allowRules == 1 ? "rule" : "rules")
                    + " of the project's own settings files (deny and ask rules apply either way)"
                    + (untrusted.verdict() == decision.verdict() ? "; the answer is the same there"
                            : "; there the answer is: " + verdict(untrusted)));
        }
        List<String> parts = use.tool().equals("Bash") ? ShellCommand.split(use.argument()) : List.of();
        if (parts.size() > 1) {
            out.println("parts (deny and ask rules catch any part; the command is allowed only when every part is):");
            for (String part : parts) {
                Decision partDecision = permissions.decide(ToolUse.bash(part));
                out.println("  " + part + ": " + verdict(partDecision)
                        + partDecision.rule().map(r -> " by " + origin(r)).orElse(""));
            }
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private static void describeFiles(PrintWriter out, Path directory, SettingsFolder settings,
            Optional<SettingsDocument> user) {
        List<SettingsDocument> all = new ArrayList<>();
        user.ifPresent(all::add);
        all.addAll(settings.documents());
        if (all.isEmpty()) {
            out.println("no settings files: no .claude/settings.json or .claude/settings.local.json in " + directory
                    + " and no --user-settings");
            ancestorWithSettings(directory).ifPresent(a -> out.println("note: " + a + " has a .claude/ folder; Claude "
                    + "Code started there would read it, started here it does not"));
        }
        for (SettingsDocument document : all) {
            String problem = document.rejection()
                    .map(p -> "  (" + p.line() + ":" + p.column() + ": " + p.message() + ")")
                    .orElse("");
            out.println("reads " + document.scope().name().toLowerCase(Locale.ROOT) + " settings " + document.path()
                    + problem);
        }
    }

    private static Optional<Path> ancestorWithSettings(Path directory) {
        for (Path parent = directory.getParent(); parent != null; parent = parent.getParent()) {
            if (Files.isRegularFile(parent.resolve(".claude/settings.json"))
                    || Files.isRegularFile(parent.resolve(".claude/settings.local.json"))) {
                return Optional.of(parent);
            }
        }
        return Optional.empty();
    }

    private static String shown(ToolUse use) {
        return use.tool().equals("Bash") ? use.argument() : use.toString();
    }

    private static String verdict(Decision decision) {
        return switch (decision.verdict()) {
            case DENY -> "deny";
            case ASK -> "ask";
            case ALLOW -> "allow";
            case UNDECIDED -> "not decided (Claude Code falls back to its permission mode, which usually asks)";
        };
    }

    private static String origin(RuleEntry entry) {
        return entry.behavior().key() + " rule " + entry.rule() + " in " + entry.file() + ":" + entry.line();
    }
}
