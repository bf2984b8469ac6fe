package dev.guidepost.fix;

import dev.guidepost.check.settings.Behavior;
import dev.guidepost.check.settings.DjangoCommands;
import dev.guidepost.check.settings.JsonParseResult;
import dev.guidepost.check.settings.JsonValue;
import dev.guidepost.check.settings.PermissionExpectation;
import dev.guidepost.check.settings.PermissionGap;
import dev.guidepost.check.settings.SettingsCommand;
import dev.guidepost.check.settings.SettingsDocument;
import dev.guidepost.check.settings.SettingsFolder;
import dev.guidepost.check.settings.SettingsProblem;
import dev.guidepost.check.settings.SettingsScope;
import dev.guidepost.check.settings.ToolUse;
import dev.guidepost.edit.ChangeWriter;
import dev.guidepost.edit.FileChange;
import dev.guidepost.edit.JsonEditException;
import dev.guidepost.edit.JsonInsertion;
import dev.guidepost.setup.CommandStyle;
import dev.guidepost.setup.DjangoProjectFacts;
import dev.guidepost.setup.SettingsTemplate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Closes permission gaps by adding rules to the {@code .claude/settings.json} of the folder whose
 * settings govern them (created when missing). It only adds: a deny rule wins over any allow rule
 * in Claude Code, so an allow rule that lets a destructive command through is answered with a
 * deny rule for that command, never by removing or narrowing the user's rule. Rules are spelled as
 * {@code guidepost init} writes them: every common launcher and the project's own way of typing
 * commands ({@link SettingsTemplate}).
 */
final class SettingsFixer {

    private final Path root;
    private final Map<String, DjangoProjectFacts> projects;

    SettingsFixer(Path root, List<DjangoProjectFacts> projects) {
        this.root = root;
        this.projects = new LinkedHashMap<>();
        projects.forEach(p -> this.projects.put(p.folder(), p));
    }

    /** The file changes that close {@code gaps}, and a note for each file that cannot be edited. */
    FixPlan plan(List<PermissionGap> gaps) {
        Map<String, Map<Behavior, Set<String>>> byFile = new LinkedHashMap<>();
        for (PermissionGap gap : gaps) {
            String file = SettingsFolder.settingsPath(gap.folder(), "settings.json");
            Behavior list = list(gap.expectation());
            byFile.computeIfAbsent(file, f -> new EnumMap<>(Behavior.class))
                    .computeIfAbsent(list, l -> new LinkedHashSet<>())
                    .addAll(entries(gap));
        }
        List<FileChange> changes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        byFile.forEach((file, lists) -> change(file, lists, changes, notes));
        return new FixPlan(changes, notes);
    }

    private static Behavior list(PermissionExpectation expectation) {
        return switch (expectation) {
            case ALLOWS -> Behavior.ALLOW;
            case ASKS -> Behavior.ASK;
            case DENIES, DENIES_OR_ASKS, NOT_ALLOWS -> Behavior.DENY;
        };
    }

    /** The rules that close one gap, in the order they are written. */
    List<String> entries(PermissionGap gap) {
        List<CommandStyle> styles = gap.projects().stream()
                .map(projects::get).filter(java.util.Objects::nonNull).map(DjangoProjectFacts::style).distinct().toList();
        if (styles.isEmpty()) {
            styles = List.of(CommandStyle.PLAIN);
        }
        Set<String> out = new LinkedHashSet<>();
        for (SettingsCommand command : gap.commands()) {
            if (command.isDjango()) {
                String subcommand = command.text().substring(SettingsCommand.MANAGE_PY.length()).trim();
                for (CommandStyle style : styles) {
                    out.addAll(gap.expectation() == PermissionExpectation.ALLOWS
                            ? SettingsTemplate.allowEntries(style, subcommand)
                            : SettingsTemplate.denyEntries(style, subcommand));
                }
                if (gap.expectation() == PermissionExpectation.NOT_ALLOWS) {
                    // a spelling through a tool runner or container that an allow rule lets through
                    for (ToolUse use : gap.uses()) {
                        launcher(use, subcommand).ifPresent(l -> out.add(SettingsTemplate.bash(l + " " + subcommand)));
                    }
                }
                continue;
            }
            ToolUse use = command.uses().get(0);
            if (!use.tool().equals("Bash") || use.argument().isEmpty()) {
                out.add(use.toString());
            } else if (gap.expectation() == PermissionExpectation.ALLOWS) {
                styles.forEach(style -> out.add(bash(style.tool(use.argument()))));
                out.add(bash(use.argument()));
            } else {
                out.add(bash(use.argument()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * A Bash rule for a command as a policy wrote it: with any arguments ({@code Bash(cmd:*)}), or
     * as written when it already holds a wildcard ({@code Bash(rm -rf *)}).
     */
    private static String bash(String command) {
        return command.contains("*") ? "Bash(" + command + ")" : SettingsTemplate.bash(command);
    }

    /** The launcher a spelling of {@code subcommand} is typed with ({@code uv run python manage.py}). */
    private static Optional<String> launcher(ToolUse use, String subcommand) {
        return Stream.concat(DjangoCommands.LAUNCHERS.stream(), DjangoCommands.WRAPPED_LAUNCHERS.stream())
                .filter(l -> use.argument().equals(l + " " + subcommand) || use.argument().startsWith(l + " " + subcommand + " "))
                .max(java.util.Comparator.comparingInt(String::length));
    }

    private void change(String file, Map<Behavior, Set<String>> lists, List<FileChange> changes, List<String> notes) {
        Optional<String> before;
        try {
            before = ChangeWriter.read(root.resolve(file));
        } catch (IOException e) {
            notes.add(file + ": cannot be read (" + e.getMessage() + "); nothing added");
            return;
        }
        if (before.isEmpty() || before.get().isBlank()) {
            List<String> allow = List.copyOf(lists.getOrDefault(Behavior.ALLOW, Set.of()));
            List<String> ask = List.copyOf(lists.getOrDefault(Behavior.ASK, Set.of()));
            List<String> deny = List.copyOf(lists.getOrDefault(Behavior.DENY, Set.of()));
            changes.add(new FileChange(file, before, SettingsTemplate.file(allow, ask, deny), summary(lists)));
            if (before.isEmpty() && dev.guidepost.workspace.WorkspaceScanner.excludes(root, file)) {
                notes.add(file + ":1:1: written, but git ignores it: Claude Code on this machine reads it, the team does"
                        + " not get it, and guidepost check leaves it out (its findings stay)");
            }
            return;
        }
        String text = before.get();
        SettingsDocument document = SettingsDocument.of(file, SettingsScope.ofFileName(file), text, true);
        JsonParseResult parse = document.parse();
        if (parse.error().isPresent()) {
            JsonParseResult.SyntaxError error = parse.error().get();
            notes.add(file + ":" + error.line() + ":" + error.column() + ": " + error.message()
                    + "; nothing added until the file is valid JSON");
            return;
        }
        if (document.rejection().isPresent()) {
            SettingsProblem problem = document.rejection().get();
            notes.add(file + ":" + problem.line() + ":" + problem.column() + ": Claude Code ignores this file ("
                    + problem.message() + "); nothing added until that is fixed");
            return;
        }
        Map<Behavior, Set<String>> missing = new EnumMap<>(Behavior.class);
        lists.forEach((list, entries) -> {
            Set<String> present = present(parse.value().orElseThrow(), list);
            Set<String> add = new LinkedHashSet<>(entries);
            add.removeAll(present);
            if (!add.isEmpty()) {
                missing.put(list, add);
            }
        });
        if (missing.isEmpty()) {
            return;
        }
        String after = text;
        for (Map.Entry<Behavior, Set<String>> list : missing.entrySet()) {
            try {
                after = JsonInsertion.appendStrings(after, List.of("permissions", list.getKey().key()),
                        List.copyOf(list.getValue()));
            } catch (JsonEditException e) {
                int[] place = lineAndColumn(after, e.offset());
                notes.add(file + ":" + place[0] + ":" + place[1] + ": " + e.getMessage() + "; nothing added");
                return;
            }
        }
        changes.add(new FileChange(file, before, after, summary(missing)));
    }

    /** The strings already in {@code permissions.<list>}. */
    private static Set<String> present(JsonValue root, Behavior list) {
        Set<String> out = new HashSet<>();
        if (root instanceof JsonValue.JsonObject object
                && object.get("permissions").orElse(null) instanceof JsonValue.JsonObject permissions
                && permissions.get(list.key()).orElse(null) instanceof JsonValue.JsonArray array) {
            for (JsonValue item : array.items()) {
                if (item instanceof JsonValue.JsonString string) {
                    out.add(string.value());
                }
            }
        }
        return out;
    }

    private static String summary(Map<Behavior, Set<String>> lists) {
        List<String> parts = new ArrayList<>();
        for (Behavior list : List.of(Behavior.DENY, Behavior.ASK, Behavior.ALLOW)) {
            int count = lists.getOrDefault(list, Set.of()).size();
            if (count > 0) {
                parts.add(count + " " + list.key() + (count == 1 ? " rule" : " rules"));
            }
        }
        return "adds " + String.join(", ", parts);
    }

    private static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
