package dev.guidepost.check.settings;

import com.google.re2j.Pattern;
import dev.guidepost.check.settings.SettingsProblem.Kind;
import dev.guidepost.policy.Severity;
import dev.guidepost.policy.Suggestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a settings document against the known keys: unknown keys in closed objects (errors),
 * likely misspelt top-level keys (warnings; other unknown top-level keys are allowed, as Claude
 * Code allows them), duplicate keys, wrong value types and values outside an enum. Permission
 * rule strings are only type-checked here; {@link PermissionEntries} parses them. Thread-safe.
 */
public final class SettingsValidator {

    private final SettingsKeys keys;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    public SettingsValidator(SettingsKeys keys) {
        this.keys = keys;
    }

    /** A validator over the keys shipped with Guidepost. */
    public static SettingsValidator standard() {
        return new SettingsValidator(SettingsKeys.standard());
    }

    /** Parses and validates {@code text}; malformed JSON gives one SYNTAX problem. */
    public List<SettingsProblem> validate(String text) {
        JsonParseResult result = LocatedJson.parse(text);
        if (result.error().isPresent()) {
            JsonParseResult.SyntaxError error = result.error().get();
            return List.of(new SettingsProblem(Kind.SYNTAX, Severity.ERROR, "", error.line(), error.column(),
                    error.message() + "; Claude Code ignores the whole file"));
        }
        return validate(result.value().orElseThrow());
    }

    /** Validates a parsed document. */
    public List<SettingsProblem> validate(JsonValue root) {
        List<SettingsProblem> problems = new ArrayList<>();
        if (!(root instanceof JsonValue.JsonObject object)) {
            problems.add(new SettingsProblem(Kind.WRONG_TYPE, Severity.ERROR, "", root.line(), root.column(),
                    "a settings file must hold a JSON object, not " + KeySpec.article(root.typeName())));
            return problems;
        }
        checkObject(object, keys.settings(), "", true, problems);
        return problems;
    }

    private void checkObject(JsonValue.JsonObject object, KeySpec spec, String path, boolean topLevel,
            List<SettingsProblem> problems) {
        Map<String, JsonValue.Member> seen = new HashMap<>();
        for (JsonValue.Member member : object.members()) {
            String memberPath = path.isEmpty() ? member.key() : path + "." + member.key();
            JsonValue.Member earlier = seen.put(member.key(), member);
            if (earlier != null) {
                problems.add(new SettingsProblem(Kind.DUPLICATE_KEY, Severity.WARNING, memberPath, member.line(),
                        member.column(), "key '" + member.key() + "' appears again (first on line " + earlier.line()
                                + "); Claude Code keeps only the last one"));
            }
            KeySpec known = spec.keys().get(member.key());
            if (known != null) {
                checkValue(member.value(), known, memberPath, problems);
            } else if (spec.closed()) {
                problems.add(new SettingsProblem(Kind.UNKNOWN_KEY, Severity.ERROR, memberPath, member.line(),
                        member.column(), "unknown key '" + member.key() + "' in " + describe(path)
                                + Suggestion.hint(member.key(), spec.keys().keySet())));
            } else if (topLevel) {
                Optional<String> close = Suggestion.closest(member.key(), spec.keys().keySet());
                close.ifPresent(s -> problems.add(new SettingsProblem(Kind.UNKNOWN_KEY, Severity.WARNING, memberPath,
                        member.line(), member.column(), "unknown top-level key '" + member.key()
                                + "' is ignored by Claude Code (did you mean '" + s + "'?)")));
            } else if (spec.mapValues().isPresent()) {
                checkValue(member.value(), spec.mapValues().get(), memberPath, problems);
            }
        }
    }

    private void checkValue(JsonValue value, KeySpec spec, String path, List<SettingsProblem> problems) {
        if (!spec.acceptsType(value)) {
            String hint = value instanceof JsonValue.JsonNumber || value instanceof JsonValue.JsonBoolean
                    ? (spec.types().equals(java.util.Set.of("string")) ? "; quote it" : "") : "";
            problems.add(new SettingsProblem(Kind.WRONG_TYPE, Severity.ERROR, path, value.line(), value.column(),
                    "'" + path + "' must be " + spec.typesPhrase() + ", not " + KeySpec.article(value.typeName())
                            + hint));
            return;
        }
        if (!spec.values().isEmpty() && !(value instanceof JsonValue.JsonObject)
                && !(value instanceof JsonValue.JsonArray)) {
            String literal = SettingsKeys.literal(value);
            boolean ok = spec.values().contains(literal)
                    || (spec.pattern().isPresent() && value instanceof JsonValue.JsonString
                            && pattern(spec.pattern().get()).matcher(literal).find());
            if (!ok) {
                problems.add(new SettingsProblem(Kind.UNKNOWN_VALUE, Severity.ERROR, path, value.line(),
                        value.column(), "'" + literal + "' is not a valid value of '" + path + "'"
                                + Suggestion.closest(literal, spec.values()).map(s -> " (did you mean '" + s + "'?)")
                                        .orElse("; expected one of " + String.join(", ", spec.values()))));
            }
            return;
        }
        if (value instanceof JsonValue.JsonObject object) {
            checkObject(object, spec, path, false, problems);
        } else if (value instanceof JsonValue.JsonArray array && spec.items().isPresent()) {
            List<JsonValue> items = array.items();
            for (int i = 0; i < items.size(); i++) {
                checkValue(items.get(i), spec.items().get(), path + "[" + i + "]", problems);
            }
        }
    }

    private Pattern pattern(String text) {
        return patterns.computeIfAbsent(text, Pattern::compile);
    }

    private static String describe(String path) {
        return path.isEmpty() ? "the settings" : "'" + path + "'";
    }
}
