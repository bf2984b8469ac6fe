package dev.guidepost.policy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads a policy and the packs it extends into one {@link Policy}: merges scopes and rules
 * (later wins), applies overrides, resolves each rule's files. Collects every problem of every
 * file involved and throws them together as a {@link PolicyException}.
 */
public final class PolicyLoader {

    /** The keys every rule may have, whatever its target. */
    public static final Set<String> COMMON_RULE_KEYS = Set.of("id", "target", "severity", "title", "message", "fix",
            "rationale", "help-uri", "tags", "files", "exclude", "in", "examples");

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("guidepost", "name", "description", "extends", "scopes",
            "overrides", "rules");
    private static final Set<String> SCOPE_KEYS = Set.of("files", "exclude", "language", "in", "not");
    private static final Set<String> OVERRIDE_KEYS = Set.of("severity", "enabled", "exclude", "files", "options");
    private static final Set<String> LANGUAGES = Set.of("python", "typescript", "tsx", "javascript", "java", "go",
            "markdown", "json", "yaml", "toml", "text");
    private static final com.google.re2j.Pattern RULE_ID =
            com.google.re2j.Pattern.compile("[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*");
    private static final int MAX_EXTENDS_DEPTH = 16;

    private final Set<String> targets;
    private final java.util.function.Consumer<java.nio.file.Path> fileRead;

    /** @param targets the rule targets that checks exist for */
    public PolicyLoader(Set<String> targets) {
        this(targets, file -> { });
    }

    /**
     * @param targets the rule targets that checks exist for
     * @param fileRead told of every policy file read from disk (the policy and the files it
     *     extends; built-in packs are not files), for a caller that must know what the policy depends on
     */
    public PolicyLoader(Set<String> targets, java.util.function.Consumer<java.nio.file.Path> fileRead) {
        this.fileRead = fileRead;
        this.targets = Set.copyOf(targets);
    }

    /** Loads {@code source} and everything it extends; throws {@link PolicyException} on any problem. */
    public Policy load(PolicySource source) {
        Problems problems = new Problems();
        Policy policy = load(source, problems);
        problems.throwIfAny();
        return policy;
    }

    /**
     * Loads {@code source} and everything it extends, adding every problem to {@code problems}
     * instead of throwing; the policy holds the rules that loaded, so that their options can still be
     * checked and every mistake of a policy is reported in one run.
     */
    public Policy load(PolicySource source, Problems problems) {
        Merged merged = new Merged();
        loadInto(source, SourcePosition.ofFile(source.displayName()), merged, new ArrayDeque<>(), problems);
        Map<String, PathSelector> scopes = resolveScopes(merged.scopes, problems);
        List<RuleDefinition> rules = new ArrayList<>();
        for (RawRule raw : merged.rules.values()) {
            Optional<RuleDefinition> rule = resolveRule(raw, merged.overrides.getOrDefault(raw.id, List.of()), scopes,
                    problems);
            rule.ifPresent(rules::add);
        }
        for (RawRule duplicate : merged.duplicates) {
            // never used, but its own mistakes are reported with everything else
            resolveRule(duplicate, List.of(), scopes, problems);
        }
        for (Map.Entry<String, List<YamlNode.Entry>> entry : merged.overrides.entrySet()) {
            if (!merged.rules.containsKey(entry.getKey())) {
                for (YamlNode.Entry override : entry.getValue()) {
                    problems.add(override.keyPosition(), "override of unknown rule '" + entry.getKey() + "'"
                            + Suggestion.closest(entry.getKey(), merged.rules.keySet(), 4)
                                    .map(s -> " (did you mean '" + s + "'?)").orElse(""));
                }
            }
        }
        return new Policy(merged.name == null ? source.displayName() : merged.name, source.displayName(), scopes,
                rules);
    }

    private static final class Merged {
        String name;
        final Map<String, YamlNode> scopes = new LinkedHashMap<>();
        final Map<String, RawRule> rules = new LinkedHashMap<>();
        final List<RawRule> duplicates = new ArrayList<>();
        final Map<String, List<YamlNode.Entry>> overrides = new LinkedHashMap<>();
    }

    private record RawRule(String id, String origin, YamlNode.Mapping body) {
    }

    private void loadInto(PolicySource source, SourcePosition requestedAt, Merged merged, Deque<String> chain,
            Problems problems) {
        if (chain.contains(source.identity())) {
            List<String> cycle = new ArrayList<>(chain);
            java.util.Collections.reverse(cycle);
            problems.add(requestedAt, "cycle in 'extends': " + String.join(" -> ", cycle) + " -> " + source.displayName());
            return;
        }
        if (chain.size() >= MAX_EXTENDS_DEPTH) {
            problems.add(requestedAt, "'extends' nested deeper than " + MAX_EXTENDS_DEPTH + " policies");
            return;
        }
        Optional<YamlNode> rootNode;
        if (source instanceof PolicySource.Builtin builtin) {
            // the image, checked against the pack's bytes; the text is decoded only to be parsed
            Optional<byte[]> bytes = builtin.bytes(requestedAt, problems);
            if (bytes.isEmpty()) {
                return;
            }
            rootNode = builtin.image().flatMap(image -> YamlImage.read(image, bytes.get(), source.displayName()))
                    .or(() -> YamlReader.read(source.displayName(), new String(bytes.get(), StandardCharsets.UTF_8),
                            problems));
        } else {
            Optional<String> text = source.read(requestedAt, problems);
            if (text.isEmpty()) {
                return;
            }
            if (source instanceof PolicySource.File file) {
                fileRead.accept(file.path());
            }
            rootNode = YamlReader.read(source.displayName(), text.get(), problems);
        }
        if (rootNode.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(SourcePosition.ofFile(source.displayName()), "empty policy: expected a mapping with 'guidepost: 1'");
            }
            return;
        }
        if (!(rootNode.get() instanceof YamlNode.Mapping root)) {
            problems.add(rootNode.get().position(), "expected a mapping at the top of the policy, found "
                    + rootNode.get().describe());
            return;
        }
        OptionReader top = new OptionReader(root, problems);
        top.allowOnly(TOP_LEVEL_KEYS, "the policy");
        if (!root.has("guidepost")) {
            problems.add(root.position(), "missing 'guidepost: 1' (the policy language version)");
        } else {
            top.string("guidepost").filter(v -> !v.equals("1")).ifPresent(v ->
                    problems.add(root.get("guidepost").orElseThrow().position(),
                            "unsupported policy language version '" + v + "': expected 1"));
        }
        chain.push(source.identity());
        top.node("extends").ifPresent(node -> {
            List<YamlNode.Scalar> refs = top.scalars("extends");
            for (YamlNode.Scalar ref : refs) {
                source.resolve(ref.text(), ref.position(), problems)
                        .ifPresent(parent -> loadInto(parent, ref.position(), merged, chain, problems));
            }
        });
        chain.pop();
        if (chain.isEmpty()) {
            // only the policy that was asked for names the result; a pack it extends does not
            top.string("name").ifPresent(name -> merged.name = name);
        }
        top.mapping("scopes").ifPresent(scopes -> scopes.entries().values()
                .forEach(entry -> merged.scopes.put(entry.key(), entry.value())));
        top.sequence("rules").ifPresent(rules -> readRules(source, rules, merged, problems));
        top.mapping("overrides").ifPresent(overrides -> overrides.entries().values()
                .forEach(entry -> merged.overrides.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(entry)));
    }

    private void readRules(PolicySource source, YamlNode.Sequence rules, Merged merged, Problems problems) {
        Set<String> seenHere = new HashSet<>();
        for (YamlNode item : rules.items()) {
            if (!(item instanceof YamlNode.Mapping body)) {
                problems.add(item.position(), "expected a rule (a mapping with id and target), found " + item.describe());
                continue;
            }
            OptionReader reader = new OptionReader(body, problems);
            String id = reader.requiredString("id");
            if (id == null) {
                continue;
            }
            if (!RULE_ID.matches(id)) {
                problems.add(body.get("id").orElseThrow().position(), "invalid rule id '" + id
                        + "': expected lower-case words separated by '-' with an optional 'pack/' prefix, e.g. acme/no-print");
            }
            if (!seenHere.add(id)) {
                problems.add(body.get("id").orElseThrow().position(), "rule '" + id + "' is defined twice in this file");
                merged.duplicates.add(new RawRule(id, source.displayName(), body));
                continue;
            }
            merged.rules.remove(id);
            merged.rules.put(id, new RawRule(id, source.displayName(), body));
        }
    }

    private Map<String, PathSelector> resolveScopes(Map<String, YamlNode> raw, Problems problems) {
        Map<String, PathSelector> resolved = new HashMap<>();
        for (String name : raw.keySet()) {
            resolveScope(name, raw, resolved, new ArrayDeque<>(), problems, raw.get(name).position());
        }
        return resolved;
    }

    private Optional<PathSelector> resolveScope(String name, Map<String, YamlNode> raw, Map<String, PathSelector> done,
            Deque<String> stack, Problems problems, SourcePosition usedAt) {
        if (done.containsKey(name)) {
            return Optional.of(done.get(name));
        }
        YamlNode node = raw.get(name);
        if (node == null) {
            problems.add(usedAt, "unknown scope '" + name + "'" + Suggestion.hint(name, raw.keySet())
                    + (raw.isEmpty() ? "" : "; defined scopes: " + new TreeSet<>(raw.keySet())));
            return Optional.empty();
        }
        if (stack.contains(name)) {
            problems.add(usedAt, "scope '" + name + "' refers to itself through " + String.join(" -> ", stack));
            return Optional.empty();
        }
        stack.push(name);
        PathSelector selector;
        if (node instanceof YamlNode.Mapping map) {
            Set<String> allowed = new HashSet<>(SCOPE_KEYS);
            allowed.addAll(LANGUAGES);
            OptionReader reader = new OptionReader(map, problems);
            reader.allowOnly(allowed, "scope '" + name + "'");
            Set<String> languages = new HashSet<>(languages(reader, problems));
            for (String language : LANGUAGES) {
                reader.bool(language).filter(Boolean::booleanValue).ifPresent(b -> languages.add(language));
            }
            selector = PathSelector.of(globs(reader, "files", problems), globs(reader, "exclude", problems), languages,
                    scopeRefs(reader, "in", raw, done, stack, problems), scopeRefs(reader, "not", raw, done, stack, problems));
        } else {
            selector = PathSelector.ofGlobs(globs(OptionReader.strings("scope '" + name + "'", node, problems),
                    node.position(), problems));
        }
        stack.pop();
        done.put(name, selector);
        return Optional.of(selector);
    }

    private List<PathSelector> scopeRefs(OptionReader reader, String key, Map<String, YamlNode> raw,
            Map<String, PathSelector> done, Deque<String> stack, Problems problems) {
        List<PathSelector> out = new ArrayList<>();
        for (YamlNode.Scalar ref : reader.scalars(key)) {
            resolveScope(ref.text(), raw, done, stack, problems, ref.position()).ifPresent(out::add);
        }
        return out;
    }

    private static List<String> languages(OptionReader reader, Problems problems) {
        List<String> out = new ArrayList<>();
        for (YamlNode.Scalar language : reader.scalars("language")) {
            if (LANGUAGES.contains(language.text())) {
                out.add(language.text());
            } else {
                problems.add(language.position(), Suggestion.unknown("language", language.text(), new TreeSet<>(LANGUAGES)));
            }
        }
        return out;
    }

    private static List<Glob> globs(OptionReader reader, String key, Problems problems) {
        List<Glob> out = new ArrayList<>();
        for (YamlNode.Scalar scalar : reader.scalars(key)) {
            Glob.compile(scalar.text(), scalar.position(), problems).ifPresent(out::add);
        }
        return out;
    }

    private static List<Glob> globs(List<String> texts, SourcePosition position, Problems problems) {
        List<Glob> out = new ArrayList<>();
        for (String text : texts) {
            Glob.compile(text, position, problems).ifPresent(out::add);
        }
        return out;
    }

    private Optional<RuleDefinition> resolveRule(RawRule raw, List<YamlNode.Entry> overrides,
            Map<String, PathSelector> scopes, Problems problems) {
        YamlNode.Mapping body = raw.body;
        OptionReader reader = new OptionReader(body, problems);
        String target = reader.requiredString("target");
        if (target != null && !targets.contains(target)) {
            problems.add(body.get("target").orElseThrow().position(), Suggestion.unknown("target", target,
                    new TreeSet<>(targets)));
            target = null;
        }
        Severity severity = reader.string("severity").flatMap(text -> {
            Optional<Severity> parsed = Severity.parse(text);
            if (parsed.isEmpty()) {
                problems.add(body.get("severity").orElseThrow().position(), "unknown severity '" + text
                        + "': expected error, warning or info");
            }
            return parsed;
        }).orElse(Severity.ERROR);
        String title = reader.string("title").orElse(raw.id);
        String message = reader.string("message").orElse(title);
        List<Glob> ruleExcludes = globs(reader, "exclude", problems);
        List<PathSelector> ruleScopes = scopeList(reader, scopes, problems);
        PathSelector selector = PathSelector.of(globs(reader, "files", problems), ruleExcludes, Set.of(), ruleScopes,
                List.of());
        List<RuleDefinition.Example> examples = examples(reader, problems);
        Set<String> common = COMMON_RULE_KEYS;
        YamlNode.Mapping options = new YamlNode.Mapping(body.entries(), body.position()).without(common);
        boolean enabled = true;
        for (YamlNode.Entry override : overrides) {
            YamlNode value = override.value();
            if (value instanceof YamlNode.Scalar scalar) {
                if (scalar.text().equals("off") || scalar.text().equals("false")) {
                    enabled = false;
                } else if (scalar.text().equals("on") || scalar.text().equals("true")) {
                    enabled = true;
                } else {
                    Optional<Severity> parsed = Severity.parse(scalar.text());
                    if (parsed.isPresent()) {
                        severity = parsed.get();
                        enabled = true;
                    } else {
                        problems.add(scalar.position(), "unknown override '" + scalar.text()
                                + "': expected off, on, error, warning, info or a mapping");
                    }
                }
            } else if (value instanceof YamlNode.Mapping map) {
                OptionReader o = new OptionReader(map, problems);
                o.allowOnly(OVERRIDE_KEYS, "override of '" + raw.id + "'");
                Optional<String> sev = o.string("severity");
                if (sev.isPresent()) {
                    if (sev.get().equals("off")) {
                        enabled = false;
                    } else if (sev.get().equals("on")) {
                        enabled = true;
                    } else {
                        Optional<Severity> parsed = Severity.parse(sev.get());
                        if (parsed.isPresent()) {
                            severity = parsed.get();
                        } else {
                            problems.add(map.get("severity").orElseThrow().position(), "unknown severity '" + sev.get()
                                    + "': expected off, on, error, warning or info");
                        }
                    }
                }
                Optional<Boolean> on = o.bool("enabled");
                if (on.isPresent()) {
                    enabled = on.get();
                }
                if (map.has("files")) {
                    // new files for the rule; its own exclude and in still apply
                    selector = PathSelector.of(globs(o, "files", problems), ruleExcludes, Set.of(), ruleScopes,
                            List.of());
                }
                selector = selector.excluding(globs(o, "exclude", problems));
                Optional<YamlNode.Mapping> extra = o.mapping("options");
                if (extra.isPresent()) {
                    for (YamlNode.Entry entry : extra.get().entries().values()) {
                        if (common.contains(entry.key())) {
                            problems.add(entry.keyPosition(), "'" + entry.key()
                                    + "' is not an option; set it directly in the override");
                        }
                    }
                    options = options.mergedWith(extra.get().without(common));
                }
            } else {
                problems.add(value.position(), "expected off, a severity or a mapping for the override of '" + raw.id
                        + "', found " + value.describe());
            }
        }
        if (target == null || !enabled) {
            return Optional.empty();
        }
        return Optional.of(new RuleDefinition(raw.id, target, severity, title, message, reader.string("fix").orElse(""),
                reader.string("rationale").orElse(""), reader.string("help-uri").orElse(""), reader.strings("tags"),
                selector, options, body.position(), raw.origin, examples));
    }

    private static List<PathSelector> scopeList(OptionReader reader, Map<String, PathSelector> scopes, Problems problems) {
        List<PathSelector> out = new ArrayList<>();
        for (YamlNode.Scalar name : reader.scalars("in")) {
            PathSelector selector = scopes.get(name.text());
            if (selector == null) {
                problems.add(name.position(), "unknown scope '" + name.text() + "'" + Suggestion.hint(name.text(), scopes.keySet())
                        + (scopes.isEmpty() ? "; no scopes are defined" : "; defined scopes: " + new TreeSet<>(scopes.keySet())));
            } else {
                out.add(selector);
            }
        }
        return out;
    }

    private static List<RuleDefinition.Example> examples(OptionReader reader, Problems problems) {
        List<RuleDefinition.Example> out = new ArrayList<>();
        reader.sequence("examples").ifPresent(sequence -> {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Mapping map && map.entries().size() == 1
                        && (map.has("bad") || map.has("good"))) {
                    OptionReader r = new OptionReader(map, problems);
                    boolean bad = map.has("bad");
                    r.string(bad ? "bad" : "good").ifPresent(text -> out.add(new RuleDefinition.Example(bad, text)));
                } else {
                    problems.add(item.position(), "expected an example as 'bad: <text>' or 'good: <text>'");
                }
            }
        });
        return out;
    }
}
