package dev.guidepost.check.settings;

import dev.guidepost.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code permissions.allow/ask/deny} lists of a parsed settings file into
 * {@link RuleEntry}s, parsing every string and placing its problems at the column inside the
 * string (exact unless the string holds JSON escapes before the problem).
 */
public final class PermissionEntries {

    private final PermissionRuleParser parser;

    public PermissionEntries(PermissionRuleParser parser) {
        this.parser = parser;
    }

    /** A reader over the standard tool tables. */
    public static PermissionEntries standard() {
        return new PermissionEntries(PermissionRuleParser.standard());
    }

    /** The rules of {@code root} (a settings document) from {@code file}. */
    public FileRules read(String file, SettingsScope scope, JsonValue root) {
        List<RuleEntry> entries = new ArrayList<>();
        List<SettingsProblem> problems = new ArrayList<>();
        Optional<JsonValue> permissions = root instanceof JsonValue.JsonObject o ? o.get("permissions") : Optional.empty();
        if (permissions.isPresent() && permissions.get() instanceof JsonValue.JsonObject lists) {
            for (Behavior behavior : Behavior.values()) {
                Optional<JsonValue> list = lists.get(behavior.key());
                if (list.isEmpty() || !(list.get() instanceof JsonValue.JsonArray array)) {
                    continue;
                }
                for (int i = 0; i < array.items().size(); i++) {
                    if (!(array.items().get(i) instanceof JsonValue.JsonString string)) {
                        continue;
                    }
                    String path = "permissions." + behavior.key() + "[" + i + "]";
                    RuleParse parse = parser.parse(string.value(), behavior);
                    for (RuleProblem problem : parse.problems()) {
                        problems.add(new SettingsProblem(problem.kind(), problem.severity(), path, string.line(),
                                string.column() + 1 + problem.offset(), problem.message() + " in '"
                                        + string.value() + "'"));
                    }
                    parse.rule().ifPresent(rule -> entries.add(
                            new RuleEntry(rule, behavior, file, scope, path, string.line(), string.column())));
                }
            }
        }
        return new FileRules(file, scope, entries, problems);
    }

    /** Convenience: parse {@code text} and read its rules (none when the JSON is malformed). */
    public FileRules read(String file, SettingsScope scope, String text) {
        JsonParseResult result = LocatedJson.parse(text);
        if (result.value().isEmpty()) {
            JsonParseResult.SyntaxError error = result.error().orElseThrow();
            return new FileRules(file, scope, List.of(), List.of(new SettingsProblem(SettingsProblem.Kind.SYNTAX,
                    Severity.ERROR, "", error.line(), error.column(), error.message())));
        }
        return read(file, scope, result.value().get());
    }
}
