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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a settings document as Claude Code reads it: wrong value types, values outside an enum
 * or a range, missing required keys and malformed hooks (errors, each saying what Claude Code
 * then ignores: the whole file, the key, a hook event, a matcher or one hook), values Claude Code
 * loads although the schema forbids them (warnings), unknown keys in closed objects (errors:
 * Claude Code drops them without a word), likely misspelt top-level keys and duplicate keys
 * (warnings). An empty file is an empty settings object, as for Claude Code. Permission rule
 * strings are only type-checked here; {@link PermissionEntries} parses them. Thread-safe.
 */
public final class SettingsValidator {

    /** Hook events whose broken hooks make Claude Code ignore the whole settings file. */
    static final Set<String> GUARD_EVENTS = Set.of("PreToolUse", "PermissionRequest");

    private static final Pattern RULE_ITEM = Pattern.compile("^permissions\\.(allow|deny|ask)\\[\\d+\\]$");

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
                    error.message() + "; Claude Code ignores the whole file", true));
        }
        return validate(result.value().orElseThrow());
    }

    /** Validates a parsed document. */
    public List<SettingsProblem> validate(JsonValue root) {
        List<SettingsProblem> problems = new ArrayList<>();
        if (!(root instanceof JsonValue.JsonObject object)) {
            problems.add(new SettingsProblem(Kind.WRONG_TYPE, Severity.ERROR, "", root.line(), root.column(),
                    "a settings file must hold a JSON object, not " + KeySpec.article(root.typeName())
                            + "; Claude Code ignores the whole file", true));
            return problems;
        }
        checkObject(object, keys.settings(), "", Effect.FILE, problems);
        return problems;
    }

    /**
     * What Claude Code does with a part that breaks its spec, and how serious that is.
     *
     * @param severity ERROR when Claude Code rejects the part, WARNING when it loads it anyway
     * @param phrase   what Claude Code does, ending the message
     */
    private record Effect(Severity severity, String phrase) {

        boolean dropsFile() {
            return this == FILE || this == GUARD;
        }

        static final Effect FILE = new Effect(Severity.ERROR, "Claude Code ignores the whole file");
        static final Effect KEY = new Effect(Severity.ERROR, "Claude Code drops this setting and keeps the rest of the file");
        static final Effect RULE = new Effect(Severity.ERROR, "Claude Code drops this entry and keeps the other rules");
        static final Effect GUARD = new Effect(Severity.ERROR, "Claude Code ignores the whole file, since a "
                + "PreToolUse or PermissionRequest hook it cannot load may be what guards the permissions beside it");

        static Effect accepted(String expected) {
            return new Effect(Severity.WARNING, "Claude Code loads it anyway, though its settings schema expects "
                    + expected);
        }

        static Effect of(KeySpec spec, Effect inherited) {
            if (inherited.severity() == Severity.WARNING) {
                return inherited;
            }
            if (spec.tolerance() == KeySpec.Tolerance.ACCEPTED) {
                return accepted(expected(spec));
            }
            return inherited == FILE && spec.tolerance() == KeySpec.Tolerance.KEY ? KEY : inherited;
        }
    }

    private void checkObject(JsonValue.JsonObject object, KeySpec spec, String path, Effect effect,
            List<SettingsProblem> problems) {
        Map<String, JsonValue.Member> seen = new HashMap<>();
        boolean topLevel = path.isEmpty();
        for (JsonValue.Member member : object.members()) {
            String memberPath = topLevel ? member.key() : path + "." + member.key();
            JsonValue.Member earlier = seen.put(member.key(), member);
            if (earlier != null) {
                problems.add(new SettingsProblem(Kind.DUPLICATE_KEY, Severity.WARNING, memberPath, member.line(),
                        member.column(), "key '" + member.key() + "' appears again (first on line " + earlier.line()
                                + "); Claude Code keeps only the last one"));
            }
            KeySpec known = spec.keys().get(member.key());
            if (topLevel && member.key().equals("hooks") && known != null) {
                checkHooks(member.value(), known, problems);
            } else if (known != null) {
                checkValue(member.value(), known, memberPath, Effect.of(known, effect), problems);
            } else if (spec.closed()) {
                problems.add(new SettingsProblem(Kind.UNKNOWN_KEY, Severity.ERROR, memberPath, member.line(),
                        member.column(), "unknown key '" + member.key() + "' in " + describe(path)
                                + Suggestion.hint(member.key(), spec.keys().keySet())
                                + "; Claude Code ignores it without a word, so what it holds has no effect"));
            } else if (topLevel) {
                Optional<String> close = Suggestion.closest(member.key(), spec.keys().keySet());
                close.ifPresent(s -> problems.add(new SettingsProblem(Kind.UNKNOWN_KEY, Severity.WARNING, memberPath,
                        member.line(), member.column(), "unknown top-level key '" + member.key()
                                + "' (did you mean '" + s + "'?); Claude Code ignores it without a word")));
            } else if (spec.mapValues().isPresent()) {
                checkValue(member.value(), spec.mapValues().get(), memberPath, Effect.of(spec.mapValues().get(), effect),
                        problems);
            }
        }
        for (String key : spec.required()) {
            if (object.get(key).isEmpty()) {
                problems.add(new SettingsProblem(Kind.WRONG_TYPE, effect.severity(), path, object.line(),
                        object.column(), describe(path) + " has no '" + key + "', which it requires; "
                                + effect.phrase(), effect.dropsFile()));
            }
        }
    }

    private void checkValue(JsonValue value, KeySpec spec, String path, Effect effect, List<SettingsProblem> problems) {
        if (!spec.acceptsType(value)) {
            String hint = (value instanceof JsonValue.JsonNumber || value instanceof JsonValue.JsonBoolean)
                    && spec.types().equals(Set.of("string")) ? " (quote it)" : "";
            Effect reported = RULE_ITEM.matcher(path).matches() && effect == Effect.FILE ? Effect.RULE : effect;
            problems.add(new SettingsProblem(Kind.WRONG_TYPE, reported.severity(), path, value.line(), value.column(),
                    "'" + path + "' must be " + spec.typesPhrase() + ", not " + KeySpec.article(value.typeName())
                            + hint + "; " + reported.phrase(), reported.dropsFile()));
            return;
        }
        if (value instanceof JsonValue.JsonNumber number) {
            Optional<String> broken = spec.bounds().broken(number.value());
            if (broken.isPresent()) {
                problems.add(new SettingsProblem(Kind.UNKNOWN_VALUE, effect.severity(), path, value.line(),
                        value.column(), "'" + path + "' must be " + broken.get() + ", not "
                                + SettingsKeys.literal(value) + "; " + effect.phrase(), effect.dropsFile()));
                return;
            }
        }
        if (!spec.values().isEmpty() && !(value instanceof JsonValue.JsonObject)
                && !(value instanceof JsonValue.JsonArray)) {
            String literal = SettingsKeys.literal(value);
            boolean ok = spec.values().contains(literal)
                    || (spec.pattern().isPresent() && value instanceof JsonValue.JsonString
                            && pattern(spec.pattern().get()).matcher(literal).find());
            if (!ok) {
                String expected = effect.severity() == Severity.WARNING ? ""
                        : " (expected one of " + String.join(", ", spec.values()) + ")";
                problems.add(new SettingsProblem(Kind.UNKNOWN_VALUE, effect.severity(), path, value.line(),
                        value.column(), "'" + literal + "' is not a valid value of '" + path + "'"
                                + Suggestion.closest(literal, spec.values()).map(s -> " (did you mean '" + s + "'?)")
                                        .orElse(expected)
                                + "; " + effect.phrase(), effect.dropsFile()));
            }
            return;
        }
        if (value instanceof JsonValue.JsonObject object) {
            if (spec.variants().isPresent()) {
                checkVariant(object, spec.variants().get(), path, effect, problems);
            } else {
                checkObject(object, spec, path, effect, problems);
            }
        } else if (value instanceof JsonValue.JsonArray array && spec.items().isPresent()) {
            List<JsonValue> items = array.items();
            for (int i = 0; i < items.size(); i++) {
                KeySpec item = spec.items().get();
                checkValue(items.get(i), item, path + "[" + i + "]", Effect.of(item, effect), problems);
            }
        }
    }

    private void checkVariant(JsonValue.JsonObject object, KeySpec.Variants variants, String path, Effect effect,
            List<SettingsProblem> problems) {
        Optional<JsonValue> chosen = object.get(variants.key());
        String expected = String.join(", ", variants.shapes().keySet().stream().sorted().toList());
        if (chosen.isEmpty()) {
            problems.add(new SettingsProblem(Kind.WRONG_TYPE, effect.severity(), path, object.line(), object.column(),
                    describe(path) + " has no '" + variants.key() + "' (one of " + expected + "); " + effect.phrase(),
                    effect.dropsFile()));
            return;
        }
        KeySpec shape = chosen.get() instanceof JsonValue.JsonString text ? variants.shapes().get(text.value()) : null;
        if (shape == null) {
            String literal = SettingsKeys.literal(chosen.get());
            problems.add(new SettingsProblem(Kind.UNKNOWN_VALUE, effect.severity(), path + "." + variants.key(),
                    chosen.get().line(), chosen.get().column(), "unknown " + variants.key() + " '" + literal + "'"
                            + Suggestion.closest(literal, variants.shapes().keySet())
                                    .map(s -> " (did you mean '" + s + "'?)").orElse(" (expected one of " + expected + ")")
                            + "; " + effect.phrase(), effect.dropsFile()));
            return;
        }
        checkObject(object, shape, path, effect, problems);
    }

    /**
     * {@code hooks}: an object of event names, each an array of matchers ({@code matcher},
     * {@code hooks}), each hook one of the closed shapes chosen by {@code type}. Claude Code drops
     * a broken event, matcher or hook on its own, except under PreToolUse and PermissionRequest,
     * where it ignores the whole file.
     */
    private void checkHooks(JsonValue hooks, KeySpec spec, List<SettingsProblem> problems) {
        if (!(hooks instanceof JsonValue.JsonObject events)) {
            Effect effect = hooks instanceof JsonValue.JsonArray ? Effect.FILE : Effect.KEY;
            problems.add(new SettingsProblem(Kind.WRONG_TYPE, Severity.ERROR, "hooks", hooks.line(), hooks.column(),
                    "'hooks' must be an object of hook event names, not " + KeySpec.article(hooks.typeName()) + "; "
                            + effect.phrase(), effect.dropsFile()));
            return;
        }
        Map<String, JsonValue.Member> seen = new HashMap<>();
        for (JsonValue.Member member : events.members()) {
            String event = member.key();
            String path = "hooks." + event;
            JsonValue.Member earlier = seen.put(event, member);
            if (earlier != null) {
                problems.add(new SettingsProblem(Kind.DUPLICATE_KEY, Severity.WARNING, path, member.line(),
                        member.column(), "key '" + event + "' appears again (first on line " + earlier.line()
                                + "); Claude Code keeps only the last one"));
            }
            KeySpec eventSpec = spec.keys().get(event);
            if (eventSpec == null) {
                problems.add(new SettingsProblem(Kind.UNKNOWN_KEY, Severity.ERROR, path, member.line(), member.column(),
                        "unknown hook event '" + event + "'" + Suggestion.hint(event, spec.keys().keySet())
                                + "; Claude Code ignores the hooks listed under it"));
                continue;
            }
            boolean guard = GUARD_EVENTS.contains(event);
            JsonValue matchers = member.value();
            if (!(matchers instanceof JsonValue.JsonArray array)) {
                Effect effect = guard && !(matchers instanceof JsonValue.JsonNull) ? Effect.GUARD
                        : new Effect(Severity.ERROR, "Claude Code ignores the " + event + " hooks");
                problems.add(new SettingsProblem(Kind.WRONG_TYPE, Severity.ERROR, path, matchers.line(),
                        matchers.column(), "'" + path + "' must be an array of matchers, not "
                                + KeySpec.article(matchers.typeName()) + "; " + effect.phrase(), effect.dropsFile()));
                continue;
            }
            KeySpec matcherSpec = eventSpec.items().orElseThrow();
            for (int i = 0; i < array.items().size(); i++) {
                checkMatcher(array.items().get(i), matcherSpec, path + "[" + i + "]", guard, problems);
            }
        }
    }

    private void checkMatcher(JsonValue value, KeySpec spec, String path, boolean guard,
            List<SettingsProblem> problems) {
        Effect matcherEffect = guard ? Effect.GUARD
                : new Effect(Severity.ERROR, "Claude Code ignores this matcher and its hooks");
        if (!(value instanceof JsonValue.JsonObject matcher)) {
            problems.add(new SettingsProblem(Kind.WRONG_TYPE, Severity.ERROR, path, value.line(), value.column(),
                    "a hook matcher must be an object with 'hooks', not " + KeySpec.article(value.typeName()) + "; "
                            + matcherEffect.phrase(), matcherEffect.dropsFile()));
            return;
        }
        KeySpec hooksSpec = spec.keys().get("hooks");
        Optional<JsonValue> hooks = matcher.get("hooks");
        Map<String, KeySpec> matcherKeys = new HashMap<>(spec.keys());
        matcherKeys.remove("hooks");
        KeySpec withoutHooks = new KeySpec(spec.types(), spec.values(), spec.pattern(), matcherKeys, false,
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), KeySpec.Bounds.NONE,
                spec.tolerance());
        List<SettingsProblem> own = new ArrayList<>();
        checkObject(new JsonValue.JsonObject(matcher.members().stream().filter(m -> !m.key().equals("hooks")).toList(),
                matcher.line(), matcher.column()), withoutHooks, path, matcherEffect, own);
        problems.addAll(own);
        for (JsonValue.Member member : matcher.members()) {
            if (!spec.keys().containsKey(member.key())) {
                problems.add(new SettingsProblem(Kind.UNKNOWN_KEY, Severity.ERROR, path + "." + member.key(),
                        member.line(), member.column(), "unknown key '" + member.key() + "' in a hook matcher"
                                + Suggestion.hint(member.key(), spec.keys().keySet())
                                + "; Claude Code ignores it without a word, so what it holds has no effect"));
            }
        }
        if (hooks.isEmpty() || !(hooks.get() instanceof JsonValue.JsonArray list)) {
            JsonValue at = hooks.orElse(matcher);
            problems.add(new SettingsProblem(Kind.WRONG_TYPE, Severity.ERROR, hooks.isPresent() ? path + ".hooks" : path,
                    at.line(), at.column(), hooks.isEmpty() ? "the hook matcher has no 'hooks' array; "
                            + matcherEffect.phrase() : "'" + path + ".hooks' must be an array of hooks, not "
                                    + KeySpec.article(at.typeName()) + "; " + matcherEffect.phrase(),
                    matcherEffect.dropsFile()));
            return;
        }
        KeySpec hookSpec = hooksSpec.items().orElseThrow();
        Effect hookEffect = guard ? Effect.GUARD : new Effect(Severity.ERROR, "Claude Code ignores this hook");
        for (int i = 0; i < list.items().size(); i++) {
            checkValue(list.items().get(i), hookSpec, path + ".hooks[" + i + "]", hookEffect, problems);
        }
    }

    private Pattern pattern(String text) {
        return patterns.computeIfAbsent(text, Pattern::compile);
    }

    private static String expected(KeySpec spec) {
        if (!spec.values().isEmpty()) {
            return "one of " + String.join(", ", spec.values());
        }
        return spec.types().isEmpty() ? "another value" : spec.typesPhrase();
    }

    private static String describe(String path) {
        return path.isEmpty() ? "the settings" : "'" + path + "'";
    }
}
