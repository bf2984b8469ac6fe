package dev.guidepost.check.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The known Claude Code settings keys and permission-rule tool names, loaded once from the
 * resources {@code permission-tools.json} and {@code settings-keys.json} (generated from
 * SchemaStore's schema; see the note at the top of each for how to update them). The settings
 * keys (200 KB, ~50 ms to read at start-up) are read on first use: rules that only need tool
 * names, and repositories without a settings file, never read them.
 */
public final class SettingsKeys {

    private static final String TOOLS = "permission-tools.json";
    private static final String KEYS = "settings-keys.json";
    private static final SettingsKeys STANDARD = load();

    /** The spec of the settings object, read on first use (holder idiom). */
    private static final class Keys {
        static final KeySpec SETTINGS = spec(read(KEYS).get("settings").orElseThrow());
    }

    private final Set<String> permissionTools;
    private final Map<String, String> renamedTools;
    private final Map<String, Set<String>> pathRuleTools;
    private final Map<String, String> unconsultedPathTools;

    private SettingsKeys(Set<String> permissionTools, Map<String, String> renamedTools,
            Map<String, Set<String>> pathRuleTools, Map<String, String> unconsultedPathTools) {
        this.permissionTools = Set.copyOf(permissionTools);
        this.renamedTools = Map.copyOf(renamedTools);
        this.pathRuleTools = Map.copyOf(pathRuleTools);
        this.unconsultedPathTools = Map.copyOf(unconsultedPathTools);
    }

    /** The keys shipped with Guidepost. */
    public static SettingsKeys standard() {
        return STANDARD;
    }

    /** The spec of the whole settings object (top level, open). */
    public KeySpec settings() {
        return Keys.SETTINGS;
    }

    /**
     * Tool names a permission rule may name (besides {@code mcp__…}), case-sensitive: the
     * schema's list and the tools Claude Code itself knows.
     */
    public Set<String> permissionTools() {
        return permissionTools;
    }

    /** Old tool names and what they are called now (e.g. Task → Agent). */
    public Map<String, String> renamedTools() {
        return renamedTools;
    }

    /**
     * Path-rule tools (Read, Edit) and the tool uses whose paths their rules govern; Claude Code
     * checks file paths of e.g. Write against Edit rules.
     */
    public Map<String, Set<String>> pathRuleTools() {
        return pathRuleTools;
    }

    /**
     * Tools whose rules Claude Code accepts with a path specifier but never consults for paths,
     * mapped to the tool whose rules are consulted instead.
     */
    public Map<String, String> unconsultedPathTools() {
        return unconsultedPathTools;
    }

    private static SettingsKeys load() {
        JsonValue.JsonObject root = read(TOOLS);
        Set<String> tools = new TreeSet<>(strings(root.get("permissionTools").orElseThrow()));
        root.get("claudeCodeTools").ifPresent(more -> tools.addAll(strings(more)));
        Map<String, String> renamed = stringMap(root.get("renamedTools").orElseThrow());
        Map<String, Set<String>> pathTools = new LinkedHashMap<>();
        JsonValue.JsonObject paths = (JsonValue.JsonObject) root.get("pathRuleTools").orElseThrow();
        for (JsonValue.Member member : paths.members()) {
            pathTools.put(member.key(), Set.copyOf(strings(member.value())));
        }
        Map<String, String> unconsulted = stringMap(root.get("unconsultedPathTools").orElseThrow());
        return new SettingsKeys(tools, renamed, pathTools, unconsulted);
    }

    /** The top-level object of one of the resources. */
    private static JsonValue.JsonObject read(String resource) {
        try (InputStream in = SettingsKeys.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            JsonParseResult result = LocatedJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return (JsonValue.JsonObject) result.value()
                    .orElseThrow(() -> new IllegalStateException("malformed " + resource + ": " + result.error()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeySpec spec(JsonValue value) {
        JsonValue.JsonObject object = (JsonValue.JsonObject) value;
        Set<String> types = new TreeSet<>();
        object.get("type").ifPresent(type -> {
            if (type instanceof JsonValue.JsonString text) {
                types.add(text.value());
            } else {
                types.addAll(strings(type));
            }
        });
        List<String> values = new ArrayList<>();
        object.get("enum").ifPresent(list -> {
            for (JsonValue item : ((JsonValue.JsonArray) list).items()) {
                values.add(literal(item));
            }
        });
        Optional<String> pattern = object.get("pattern").map(p -> ((JsonValue.JsonString) p).value());
        Map<String, KeySpec> keys = new LinkedHashMap<>();
        object.get("keys").ifPresent(k -> {
            for (JsonValue.Member member : ((JsonValue.JsonObject) k).members()) {
                keys.put(member.key(), spec(member.value()));
            }
        });
        boolean closed = object.get("closed").map(c -> ((JsonValue.JsonBoolean) c).value()).orElse(false);
        Optional<KeySpec> mapValues = object.get("values").map(SettingsKeys::spec);
        Optional<KeySpec> items = object.get("items").map(SettingsKeys::spec);
        List<String> required = object.get("required").map(SettingsKeys::strings).orElse(List.of());
        Optional<KeySpec.Variants> variants = object.get("variants").map(v -> {
            JsonValue.JsonObject spec = (JsonValue.JsonObject) v;
            Map<String, KeySpec> shapes = new LinkedHashMap<>();
            for (JsonValue.Member member : ((JsonValue.JsonObject) spec.get("shapes").orElseThrow()).members()) {
                shapes.put(member.key(), spec(member.value()));
            }
            return new KeySpec.Variants(((JsonValue.JsonString) spec.get("key").orElseThrow()).value(), shapes);
        });
        KeySpec.Bounds bounds = new KeySpec.Bounds(number(object, "minimum"), number(object, "exclusiveMinimum"),
                number(object, "maximum"));
        boolean lenient = object.get("lenient").map(c -> ((JsonValue.JsonBoolean) c).value()).orElse(false);
        boolean keyEffect = object.get("effect").map(e -> ((JsonValue.JsonString) e).value().equals("key"))
                .orElse(false);
        KeySpec.Tolerance tolerance = lenient ? KeySpec.Tolerance.ACCEPTED
                : keyEffect ? KeySpec.Tolerance.KEY : KeySpec.Tolerance.FILE;
        return new KeySpec(types, values, pattern, keys, closed, mapValues, items, required, variants, bounds,
                tolerance);
    }

    private static Optional<BigDecimal> number(JsonValue.JsonObject object, String key) {
        return object.get(key).map(n -> ((JsonValue.JsonNumber) n).value());
    }

    /** The text of a scalar as the enum check compares it. */
    static String literal(JsonValue value) {
        if (value instanceof JsonValue.JsonString text) {
            return text.value();
        }
        if (value instanceof JsonValue.JsonNumber number) {
            BigDecimal stripped = number.value().stripTrailingZeros();
            return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
        }
        if (value instanceof JsonValue.JsonBoolean bool) {
            return Boolean.toString(bool.value());
        }
        return value.typeName();
    }

    private static List<String> strings(JsonValue value) {
        List<String> out = new ArrayList<>();
        for (JsonValue item : ((JsonValue.JsonArray) value).items()) {
            out.add(((JsonValue.JsonString) item).value());
        }
        return out;
    }

    private static Map<String, String> stringMap(JsonValue value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonValue.Member member : ((JsonValue.JsonObject) value).members()) {
            out.put(member.key(), ((JsonValue.JsonString) member.value()).value());
        }
        return out;
    }
}
