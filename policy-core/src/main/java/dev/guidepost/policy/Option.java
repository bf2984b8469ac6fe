package dev.guidepost.policy;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One option a check declares for the rules of its target, as PMD declares property descriptors:
 * its key, the values it takes, its default and what it means. The declarations of a check are
 * the one source of the keys its rules may use, of the "unknown … expected one of" message of a
 * value outside its choices, and of the option tables in {@code docs/} (see {@link Options}).
 * Immutable.
 *
 * @param <T> what a read value becomes
 */
public final class Option<T> {

    private final String key;
    private final String values;
    private final List<String> choices;
    private final T fallback;
    private final String defaultText;
    private final String description;
    /** Reads the value of an option that is present; empty (with a located problem) when invalid. */
    private final Function<OptionReader, Optional<T>> reader;

    private Option(String key, String values, List<String> choices, T fallback, String defaultText,
            String description, Function<OptionReader, Optional<T>> reader) {
        this.key = key;
        this.values = values;
        this.choices = List.copyOf(choices);
        this.fallback = fallback;
        this.defaultText = defaultText;
        this.description = description;
        this.reader = reader;
    }

    /** {@code true} or {@code false}. */
    public static Option<Boolean> flag(String key, boolean fallback, String description) {
        return new Option<>(key, "`true`/`false`", List.of(), fallback, "`" + fallback + "`", description,
                options -> options.bool(key));
    }

    /** A whole number of at least {@code min}. */
    public static Option<Integer> number(String key, int fallback, int min, String description) {
        return new Option<>(key, "a number ≥ " + min, List.of(), fallback, "`" + fallback + "`", description,
                options -> options.integer(key).filter(n -> {
                    if (n < min) {
                        options.problems().add(options.node(key).orElseThrow().position(),
                                "expected a number of " + min + " or more for '" + key + "'");
                        return false;
                    }
                    return true;
                }));
    }

    /** One of some words; {@code fallback} may be null (no default). */
    public static Option<String> choice(String key, List<String> choices, String fallback, String description) {
        return choice(key, choices, Function.identity(), fallback, description);
    }

    /** One of some values, written in policies as their labels; {@code fallback} may be null. */
    public static <T> Option<T> choice(String key, List<T> choices, Function<T, String> label, T fallback,
            String description) {
        List<String> labels = choices.stream().map(label).toList();
        return choice(key, choices, label, text -> {
            int index = labels.indexOf(text);
            return index < 0 ? Optional.empty() : Optional.of(choices.get(index));
        }, fallback, description);
    }

    /**
     * One of some values, written in policies as their labels or in other spellings that
     * {@code parse} understands (documented and suggested are the labels only).
     */
    public static <T> Option<T> choice(String key, List<T> choices, Function<T, String> label,
            Function<String, Optional<T>> parse, T fallback, String description) {
        List<String> labels = choices.stream().map(label).toList();
        return new Option<>(key, String.join(", ", labels.stream().map(l -> "`" + l + "`").toList()), labels, fallback,
                fallback == null ? "—" : "`" + label.apply(fallback) + "`", description, options ->
                options.string(key).flatMap(text -> {
                    Optional<T> value = parse.apply(text);
                    if (value.isEmpty()) {
                        options.problems().add(options.node(key).orElseThrow().position(),
                                Suggestion.unknown(key, text, labels));
                    }
                    return value;
                }));
    }

    /** A text or a list of texts, each with its place. */
    public static Option<List<YamlNode.Scalar>> texts(String key, String values, String description) {
        return new Option<>(key, values, List.of(), null, "—", description,
                options -> Optional.of(options.scalars(key)));
    }

    /** A mapping, read further by the check. */
    public static Option<YamlNode.Mapping> mapping(String key, String values, String description) {
        return new Option<>(key, values, List.of(), null, "—", description, options -> options.mapping(key));
    }

    /** A list, read further by the check. */
    public static Option<YamlNode.Sequence> list(String key, String values, String description) {
        return new Option<>(key, values, List.of(), null, "—", description, options -> options.sequence(key));
    }

    /** Any YAML value, read further by the check (for example a condition or a text-or-list). */
    public static Option<YamlNode> node(String key, String values, String description) {
        return new Option<>(key, values, List.of(), null, "—", description, options -> options.node(key));
    }

    /** The same option with the default described in words (when it depends on other options). */
    public Option<T> withDefaultText(String text) {
        return new Option<>(key, values, choices, fallback, text, description, reader);
    }

    public String key() {
        return key;
    }

    /** The values it takes, as documented: "`true`/`false`", "`a`, `b`", "a condition". */
    public String values() {
        return values;
    }

    /** The words it accepts, for a choice; empty otherwise. */
    public List<String> choices() {
        return choices;
    }

    /** The default as documented ("—" for none). */
    public String defaultText() {
        return defaultText;
    }

    public String description() {
        return description;
    }

    /**
     * The value of this option in a rule: the default (empty when there is none) when the key is
     * absent; empty, with a located problem, when the value is invalid.
     */
    public Optional<T> read(OptionReader options) {
        if (!options.has(key)) {
            return Optional.ofNullable(fallback);
        }
        return reader.apply(options);
    }

    /** As {@link #read}, the default standing in for an invalid value too. */
    public T value(OptionReader options) {
        return read(options).orElse(fallback);
    }
}
