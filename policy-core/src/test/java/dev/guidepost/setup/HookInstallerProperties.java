package dev.guidepost.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.check.settings.JsonParseResult;
import dev.guidepost.check.settings.JsonValue;
import dev.guidepost.check.settings.LocatedJson;
import dev.guidepost.edit.ChangeWriter;
import dev.guidepost.edit.JsonStrings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On generated settings files (any indentation and line ends, lists on one line or spread, no
 * {@code hooks} key, an empty one, or one holding the user's own hooks for Guidepost's events and
 * others, some of them already running {@code guidepost hook}), adding the hook entries: only
 * inserts text, keeps every user hook, leaves settings the Claude Code schema accepts with exactly
 * one Guidepost entry added per event that had none and none where one was, and a second run
 * changes no byte.
 */
class HookInstallerProperties {

    private static final List<String> EVENTS = List.of("SessionStart", "PreToolUse", "PostToolUse", "Stop",
            "Notification", "UserPromptSubmit");
    private static final List<String> COMMANDS = List.of("./scripts/guard.sh", "ruff format \"$CLAUDE_FILE\"",
            "notify-send 'done'", "guidepost hook", "/opt/guidepost/bin/guidepost hook --fail-on warning",
            "guidepost check --changed-since HEAD");

    /** A user's matcher entry: its matcher (null: none) and its commands. */
    record UserMatcher(String matcher, List<String> commands) {
    }

    /** The user's hooks: event and its matchers, in file order; null: no hooks key. */
    record UserHooks(List<String> events, List<List<UserMatcher>> matchers) {
    }

    record Format(String unit, String newline, boolean inline, boolean finalNewline) {
    }

    record Settings(List<String> before, UserHooks hooks, List<String> after) {
    }

    @Property(tries = 60)
    void addsOnlyWhatIsMissingKeepsEveryByteAndSatisfiesTheSchema(@ForAll("settings") Settings settings,
            @ForAll("formats") Format format) throws IOException {
        Path root = Files.createTempDirectory("guidepost-hooks");
        try {
            String original = render(settings, format);
            Files.createDirectories(root.resolve(".claude"));
            Files.writeString(root.resolve(HookInstaller.SETTINGS_FILE), original);
            JsonValue before = LocatedJson.parse(original).value().orElseThrow();

            HookInstaller.Plan plan = HookInstaller.plan(root, Optional.empty());
            new ChangeWriter(root).apply(plan.change().stream().toList());
            String after = Files.readString(root.resolve(HookInstaller.SETTINGS_FILE));

            JsonParseResult parsed = LocatedJson.parse(after);
            assertThat(parsed.isValid()).as(after).isTrue();
            assertThat(isSubsequence(original, after)).as("only insertions:\n" + original + "\n=>\n" + after).isTrue();
            assertThat(ClaudeSettingsSchema.problems(after)).as(after).isEmpty();
            JsonValue now = parsed.value().orElseThrow();
            for (HookEntries.Entry entry : HookEntries.ALL) {
                int had = guidepostHooks(before, entry.event());
                assertThat(guidepostHooks(now, entry.event())).as(entry.event() + " in\n" + after).isEqualTo(Math.max(had, 1));
            }
            for (String event : EVENTS) {
                // the user's hooks stay first, in order; at most Guidepost's own entry follows
                List<String> had = userCommands(before, event);
                List<String> has = userCommands(now, event);
                assertThat(has.subList(0, had.size())).as(event).isEqualTo(had);
                assertThat(has.subList(had.size(), has.size())).as(event).isSubsetOf(List.of(HookEntries.COMMAND));
            }
            assertThat(plan.notes()).isEmpty();

            assertThat(HookInstaller.plan(root, Optional.empty()).change()).isEmpty();
        } finally {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Provide
    Arbitrary<Format> formats() {
        return Combinators.combine(Arbitraries.of("  ", "    ", "\t"), Arbitraries.of("\n", "\r\n"),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Format::new);
    }

    @Provide
    Arbitrary<Settings> settings() {
        Arbitrary<List<String>> others = Arbitraries.of("$schema", "model", "permissions", "env").list().uniqueElements()
                .ofMaxSize(4);
        Arbitrary<UserMatcher> matcher = Combinators.combine(Arbitraries.of("Bash", "Edit|Write", "", "*").injectNull(0.4),
                Arbitraries.of(COMMANDS).list().uniqueElements().ofMinSize(1).ofMaxSize(2)).as(UserMatcher::new);
        Arbitrary<UserHooks> hooks = Arbitraries.of(EVENTS).list().uniqueElements().ofMaxSize(5).flatMap(events ->
                matcher.list().ofMinSize(0).ofMaxSize(2).list().ofSize(events.size()).map(m -> new UserHooks(events, m)))
                .injectNull(0.3);
        return Combinators.combine(others, hooks, Arbitraries.integers().between(0, 4))
                .as((keys, userHooks, split) -> {
                    int at = Math.min(split, keys.size());
                    return new Settings(keys.subList(0, at), userHooks, keys.subList(at, keys.size()));
                });
    }

    static String render(Settings settings, Format format) {
        String nl = format.newline();
        String unit = format.unit();
        List<String> members = new ArrayList<>();
        settings.before().forEach(key -> members.add(unit + JsonStrings.quote(key) + ": " + other(key)));
        if (settings.hooks() != null) {
            List<String> events = new ArrayList<>();
            for (int i = 0; i < settings.hooks().events().size(); i++) {
                List<String> entries = settings.hooks().matchers().get(i).stream().map(HookInstallerProperties::matcher).toList();
                String list = entries.isEmpty() ? "[]" : format.inline() ? "[" + String.join(", ", entries) + "]"
                        : "[" + nl + unit.repeat(3) + String.join("," + nl + unit.repeat(3), entries) + nl + unit.repeat(2) + "]";
                events.add(unit.repeat(2) + JsonStrings.quote(settings.hooks().events().get(i)) + ": " + list);
            }
            members.add(unit + "\"hooks\": " + (events.isEmpty() ? "{}" : "{" + nl + String.join("," + nl, events) + nl + unit + "}"));
        }
        settings.after().forEach(key -> members.add(unit + JsonStrings.quote(key) + ": " + other(key)));
        String text = members.isEmpty() ? "{}" : "{" + nl + String.join("," + nl, members) + nl + "}";
        return text + (format.finalNewline() ? nl : "");
    }

    private static String other(String key) {
        return switch (key) {
            case "$schema" -> "\"https://json.schemastore.org/claude-code-settings.json\"";
            case "permissions" -> "{\"deny\": [\"Bash(python manage.py migrate:*)\"]}";
            case "env" -> "{\"DJANGO_SETTINGS_MODULE\": \"config.settings\"}";
            default -> "\"sonnet\"";
        };
    }

    private static String matcher(UserMatcher m) {
        String hooks = String.join(", ", m.commands().stream()
                .map(c -> "{\"type\": \"command\", \"command\": " + JsonStrings.quote(c) + "}").toList());
        return "{" + (m.matcher() == null ? "" : "\"matcher\": " + JsonStrings.quote(m.matcher()) + ", ")
                + "\"hooks\": [" + hooks + "]}";
    }

    private static List<JsonValue.JsonString> commands(JsonValue root, String event) {
        List<JsonValue.JsonString> out = new ArrayList<>();
        if (root instanceof JsonValue.JsonObject o && o.get("hooks").orElse(null) instanceof JsonValue.JsonObject hooks
                && hooks.get(event).orElse(null) instanceof JsonValue.JsonArray matchers) {
            for (JsonValue m : matchers.items()) {
                for (JsonValue h : ((JsonValue.JsonArray) ((JsonValue.JsonObject) m).get("hooks").orElseThrow()).items()) {
                    out.add((JsonValue.JsonString) ((JsonValue.JsonObject) h).get("command").orElseThrow());
                }
            }
        }
        return out;
    }

    private static int guidepostHooks(JsonValue root, String event) {
        return (int) commands(root, event).stream().filter(c -> HookEntries.runsGuidepost(c.value())).count();
    }

    private static List<String> userCommands(JsonValue root, String event) {
        return commands(root, event).stream().map(JsonValue.JsonString::value).toList();
    }

    private static boolean isSubsequence(String original, String result) {
        int i = 0;
        for (int j = 0; j < result.length() && i < original.length(); j++) {
            if (original.charAt(i) == result.charAt(j)) {
                i++;
            }
        }
        return i == original.length();
    }
}
