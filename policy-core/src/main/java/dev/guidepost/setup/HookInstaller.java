package dev.guidepost.setup;

import dev.guidepost.check.settings.JsonParseResult;
import dev.guidepost.check.settings.JsonValue;
import dev.guidepost.check.settings.SettingsDocument;
import dev.guidepost.check.settings.SettingsProblem;
import dev.guidepost.check.settings.SettingsScope;
import dev.guidepost.edit.ChangeWriter;
import dev.guidepost.edit.FileChange;
import dev.guidepost.edit.JsonEditException;
import dev.guidepost.edit.JsonInsertion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds the {@link HookEntries} that are missing to the repository's {@code .claude/settings.json}
 * (created when missing). It only inserts text, the way {@code check --fix} adds permission rules
 * ({@link JsonInsertion}): the user's entries, hooks, order and formatting stay; an event that
 * already runs {@code guidepost hook} (in any matcher, with any options) gets nothing; a file
 * that is not valid JSON, or that Claude Code would ignore, is left alone with a note; and the new
 * text is read back as Claude Code reads it before it is offered, so a broken file is never written.
 */
public final class HookInstaller {

    /** The settings file the entries go into, relative to the repository root. */
    public static final String SETTINGS_FILE = ".claude/settings.json";

    private static final String NEW_FILE = "{\n  \"$schema\": \"https://json.schemastore.org/claude-code-settings.json\"\n}\n";

    /**
     * What to write, if anything, and a note for each thing the user should know ({@code path:line:column: ...}).
     *
     * @param change the change to {@link #SETTINGS_FILE}: the earlier change with the entries added, or
     *               a new one; empty when there is nothing to write
     */
    public record Plan(Optional<FileChange> change, List<String> notes) {
        public Plan {
            notes = List.copyOf(notes);
        }
    }

    private HookInstaller() {
    }

    /**
     * The plan for the repository at {@code root}.
     *
     * @param earlier a change to the settings file planned but not written yet (by {@code init} or a
     *                fix preview): the entries are added to its text and the result replaces it
     */
    public static Plan plan(Path root, Optional<FileChange> earlier) {
        Optional<String> before;
        if (earlier.isPresent()) {
            before = earlier.get().before();
        } else {
            try {
                before = ChangeWriter.read(root.resolve(SETTINGS_FILE));
            } catch (IOException e) {
                return new Plan(Optional.empty(), List.of(SETTINGS_FILE + ": cannot be read (" + e.getMessage()
                        + "); no hooks added"));
            }
        }
        String text = earlier.map(FileChange::after).orElse(before.filter(t -> !t.isBlank()).orElse(NEW_FILE));
        List<String> notes = new ArrayList<>();
        Optional<Added> added = add(text, notes);
        if (added.isEmpty() || added.get().labels().isEmpty()) {
            return new Plan(earlier, notes);
        }
        String summary = "adds the Claude Code hooks that run '" + HookEntries.COMMAND + "': "
                + String.join(", ", added.get().labels());
        String after = added.get().text();
        return new Plan(Optional.of(new FileChange(SETTINGS_FILE, before, after,
                earlier.map(e -> e.summary() + "; " + summary).orElse(summary))), notes);
    }

    private record Added(String text, List<String> labels) {
    }

    /** {@code text} with the missing entries, or empty (and a note) when it cannot be changed safely. */
    private static Optional<Added> add(String text, List<String> notes) {
        SettingsDocument document = SettingsDocument.of(SETTINGS_FILE, SettingsScope.PROJECT, text, true);
        JsonParseResult parse = document.parse();
        if (parse.error().isPresent()) {
            JsonParseResult.SyntaxError error = parse.error().get();
            notes.add(SETTINGS_FILE + ":" + error.line() + ":" + error.column() + ": " + error.message()
                    + "; no hooks added until the file is valid JSON");
            return Optional.empty();
        }
        if (document.rejection().isPresent()) {
            SettingsProblem problem = document.rejection().get();
            notes.add(SETTINGS_FILE + ":" + problem.line() + ":" + problem.column() + ": Claude Code ignores this file ("
                    + problem.message() + "); no hooks added until that is fixed");
            return Optional.empty();
        }
        JsonValue root = parse.value().orElseThrow();
        if (root instanceof JsonValue.JsonObject object
                && object.get("disableAllHooks").orElse(null) instanceof JsonValue.JsonBoolean disabled && disabled.value()) {
            notes.add(SETTINGS_FILE + ":" + disabled.line() + ":" + disabled.column()
                    + ": 'disableAllHooks' is true: Claude Code runs none of the hooks until it is removed");
        }
        String after = text;
        List<String> labels = new ArrayList<>();
        for (HookEntries.Entry entry : HookEntries.ALL) {
            if (present(root, entry.event())) {
                continue;
            }
            try {
                after = JsonInsertion.appendValues(after, List.of("hooks", entry.event()), List.of(entry.json()));
            } catch (JsonEditException e) {
                int[] place = lineAndColumn(after, e.offset());
                notes.add(SETTINGS_FILE + ":" + place[0] + ":" + place[1] + ": " + e.getMessage() + "; no hooks added");
                return Optional.empty();
            }
            labels.add(entry.label());
        }
        SettingsDocument written = SettingsDocument.of(SETTINGS_FILE, SettingsScope.PROJECT, after, true);
        if (written.parse().error().isPresent() || written.rejection().isPresent()) {
            // never expected: the insertion keeps JSON well-formed; refuse rather than write a file Claude Code drops
            notes.add(SETTINGS_FILE + ":1:1: adding the hooks would leave a file Claude Code cannot load ("
                    + written.rejection().map(SettingsProblem::message)
                            .orElseGet(() -> written.parse().error().orElseThrow().message())
                    + "); nothing written, please report it");
            return Optional.empty();
        }
        return Optional.of(new Added(after, labels));
    }

    /** True when {@code hooks.<event>} already has a command hook that runs {@code guidepost hook}. */
    static boolean present(JsonValue root, String event) {
        if (!(root instanceof JsonValue.JsonObject object)
                || !(object.get("hooks").orElse(null) instanceof JsonValue.JsonObject hooks)
                || !(hooks.get(event).orElse(null) instanceof JsonValue.JsonArray matchers)) {
            return false;
        }
        for (JsonValue matcher : matchers.items()) {
            if (matcher instanceof JsonValue.JsonObject m && m.get("hooks").orElse(null) instanceof JsonValue.JsonArray list) {
                for (JsonValue hook : list.items()) {
                    if (hook instanceof JsonValue.JsonObject h
                            && h.get("command").orElse(null) instanceof JsonValue.JsonString command
                            && HookEntries.runsGuidepost(command.value())) {
                        return true;
                    }
                }
            }
        }
        return false;
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
