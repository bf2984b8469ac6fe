package dev.guidepost.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.FixResult;
import dev.guidepost.check.settings.JsonParseResult;
import dev.guidepost.check.settings.JsonValue;
import dev.guidepost.check.settings.LocatedJson;
import dev.guidepost.edit.JsonStrings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On generated settings files (any indentation, line ends, key order, lists on one line or spread,
 * lists and the permissions object present, empty or missing, unrelated settings around them, broad
 * allow rules that let migrate through), {@code check --fix}: keeps every original entry in its
 * place and order, only inserts text (the original is a subsequence of the result), leaves valid
 * JSON, settles every deny/allow-conflict and dev-loop finding, and a second fix changes no byte.
 */
class SettingsFixProperties {

    private static final List<String> ALLOW_POOL = List.of("Bash(python manage.py:*)", "Bash(*)", "Bash(uv run:*)",
            "Bash(git status)", "Bash(pytest:*)", "Read(**)", "Bash(python manage.py runserver:*)", "Bash(./manage.py:*)",
            "Bash(python3 manage.py migrate:*)", "Bash(docker compose exec web python manage.py:*)", "Bash",
            "Edit(src/**)", "WebFetch(domain:docs.djangoproject.com)", "Bash(django-admin:*)");
    private static final List<String> DENY_POOL = List.of("Read(./.env)", "Bash(rm -rf:*)",
            "Bash(python manage.py migrate:*)", "Bash(git push --force:*)", "Bash(*flush*)");
    private static final List<String> ASK_POOL = List.of("Bash(git push:*)", "WebFetch");

    /** How the file is written. */
    record Format(String unit, String newline, String colon, boolean inlineLists, boolean finalNewline, boolean bom) {
    }

    /** What it holds: top-level members in order; the permissions object's lists in order (null: absent). */
    record Settings(List<String> topLevel, List<String> listOrder, Map<String, List<String>> lists, boolean permissions,
            boolean uv) {
    }

    @Property(tries = 40)
    void fixOnlyInsertsKeepsEveryEntryAndSettlesThePermissionFindings(@ForAll("settings") Settings settings,
            @ForAll("formats") Format format) throws IOException {
        Path root = Files.createTempDirectory("guidepost-fix");
        try {
            FixRepo.project(root, settings.uv());
            String original = render(settings, format);
            FixRepo.write(root, ".claude/settings.json", original);

            FixResult first = FixRepo.fix(root, true);
            String fixed = FixRepo.read(root, ".claude/settings.json");

            JsonParseResult parsed = LocatedJson.parse(fixed);
            assertThat(parsed.isValid()).as(fixed).isTrue();
            assertThat(isSubsequence(original, fixed)).as("only insertions:\n" + original + "\n=>\n" + fixed).isTrue();
            for (Map.Entry<String, List<String>> list : settings.lists().entrySet()) {
                List<String> now = strings(parsed.value().orElseThrow(), list.getKey());
                assertThat(now.subList(0, Math.min(now.size(), list.getValue().size())))
                        .as(list.getKey()).isEqualTo(list.getValue());
            }
            assertThat(FixRepo.permissionFindings(first.after().findings())).as(fixed).isEmpty();

            Map<String, String> once = FixRepo.snapshot(root);
            FixResult second = FixRepo.fix(root, true);
            assertThat(second.plan().changes()).isEmpty();
            assertThat(FixRepo.snapshot(root)).isEqualTo(once);
        } finally {
            FixRepo.delete(root);
        }
    }

    @Provide
    Arbitrary<Format> formats() {
        return Builders.withBuilder(() -> new Object[6])
                .use(Arbitraries.of("  ", "    ", "\t")).in((b, v) -> { b[0] = v; return b; })
                .use(Arbitraries.of("\n", "\r\n")).in((b, v) -> { b[1] = v; return b; })
                .use(Arbitraries.of(": ", ":", " : ")).in((b, v) -> { b[2] = v; return b; })
                .use(Arbitraries.of(true, false)).in((b, v) -> { b[3] = v; return b; })
                .use(Arbitraries.of(true, false)).in((b, v) -> { b[4] = v; return b; })
                .use(Arbitraries.of(false, false, false, true)).in((b, v) -> { b[5] = v; return b; })
                .build(b -> new Format((String) b[0], (String) b[1], (String) b[2], (Boolean) b[3], (Boolean) b[4],
                        (Boolean) b[5]));
    }

    @Provide
    Arbitrary<Settings> settings() {
        Arbitrary<List<String>> topLevel = Arbitraries.of("$schema", "model", "env", "hooks", "includeCoAuthoredBy")
                .list().uniqueElements().ofMaxSize(5);
        Arbitrary<List<String>> listOrder = Arbitraries.of("allow", "ask", "deny").list().uniqueElements().ofMaxSize(3);
        Arbitrary<List<String>> allow = Arbitraries.of(ALLOW_POOL).list().uniqueElements().ofMaxSize(5);
        Arbitrary<List<String>> deny = Arbitraries.of(DENY_POOL).list().uniqueElements().ofMaxSize(3);
        Arbitrary<List<String>> ask = Arbitraries.of(ASK_POOL).list().uniqueElements().ofMaxSize(2);
        return Builders.withBuilder(() -> new Object[7])
                .use(topLevel).in((b, v) -> { b[0] = v; return b; })
                .use(listOrder).in((b, v) -> { b[1] = v; return b; })
                .use(allow).in((b, v) -> { b[2] = v; return b; })
                .use(ask).in((b, v) -> { b[3] = v; return b; })
                .use(deny).in((b, v) -> { b[4] = v; return b; })
                .use(Arbitraries.of(true, true, true, false)).in((b, v) -> { b[5] = v; return b; })
                .use(Arbitraries.of(true, false)).in((b, v) -> { b[6] = v; return b; })
                .build(b -> {
                    @SuppressWarnings("unchecked")
                    List<String> order = (List<String>) b[1];
                    boolean permissions = (Boolean) b[5];
                    Map<String, List<String>> lists = new LinkedHashMap<>();
                    if (permissions) {
                        for (String key : order) {
                            @SuppressWarnings("unchecked")
                            List<String> entries = (List<String>) b[key.equals("allow") ? 2 : key.equals("ask") ? 3 : 4];
                            lists.put(key, entries);
                        }
                    }
                    @SuppressWarnings("unchecked")
                    List<String> top = (List<String>) b[0];
                    return new Settings(top, order, lists, permissions, (Boolean) b[6]);
                });
    }

    /** Writes the settings in the given format; the permissions object goes in the middle of the other members. */
    static String render(Settings settings, Format format) {
        List<String> members = new ArrayList<>();
        String inner = format.unit();
        for (String key : settings.topLevel()) {
            members.add(member(key, switch (key) {
                case "$schema" -> JsonStrings.quote("https://json.schemastore.org/claude-code-settings.json");
                case "model" -> JsonStrings.quote("sonnet");
                case "env" -> "{" + format.newline() + inner + inner + JsonStrings.quote("DJANGO_SETTINGS_MODULE")
                        + format.colon() + JsonStrings.quote("config.settings") + format.newline() + inner + "}";
                case "hooks" -> "{\"PostToolUse\": [{\"matcher\": \"Edit\", \"hooks\": [{\"type\": \"command\", "
                        + "\"command\": \"ruff format\"}]}]}";
                default -> "false";
            }, format));
        }
        if (settings.permissions()) {
            List<String> lists = new ArrayList<>();
            for (Map.Entry<String, List<String>> list : settings.lists().entrySet()) {
                lists.add(inner + inner + JsonStrings.quote(list.getKey()) + format.colon()
                        + array(list.getValue(), inner + inner, format));
            }
            String body = lists.isEmpty() ? "{}" : "{" + format.newline() + String.join("," + format.newline(), lists)
                    + format.newline() + inner + "}";
            members.add(members.size() / 2, member("permissions", body, format));
        }
        String text = members.isEmpty() ? "{}" : "{" + format.newline() + String.join("," + format.newline(), members)
                + format.newline() + "}";
        return (format.bom() ? "\uFEFF" : "") + text + (format.finalNewline() ? format.newline() : "");
    }

    private static String member(String key, String value, Format format) {
        return format.unit() + JsonStrings.quote(key) + format.colon() + value;
    }

    private static String array(List<String> entries, String indent, Format format) {
        if (entries.isEmpty()) {
            return "[]";
        }
        List<String> quoted = entries.stream().map(JsonStrings::quote).toList();
        if (format.inlineLists()) {
            return "[" + String.join(", ", quoted) + "]";
        }
        String item = indent + format.unit();
        return "[" + format.newline() + item + String.join("," + format.newline() + item, quoted) + format.newline()
                + indent + "]";
    }

    private static List<String> strings(JsonValue root, String list) {
        Optional<JsonValue> permissions = ((JsonValue.JsonObject) root).get("permissions");
        Optional<JsonValue> array = permissions.flatMap(p -> ((JsonValue.JsonObject) p).get(list));
        return array.map(a -> ((JsonValue.JsonArray) a).items().stream()
                .map(v -> ((JsonValue.JsonString) v).value()).toList()).orElse(List.of());
    }

    /** True when {@code original} is {@code result} with some characters left out: the fix only inserted. */
    static boolean isSubsequence(String original, String result) {
        int i = 0;
        for (int j = 0; j < result.length() && i < original.length(); j++) {
            if (original.charAt(i) == result.charAt(j)) {
                i++;
            }
        }
        return i == original.length();
    }
}
