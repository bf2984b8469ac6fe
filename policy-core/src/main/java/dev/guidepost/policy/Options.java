package dev.guidepost.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The options a check declares for its target, in documentation order: the key list of the target
 * and its option table in {@code docs/} are derived from them.
 */
public record Options(List<Option<?>> list) {

    public Options {
        list = List.copyOf(list);
    }

    public static Options of(Option<?>... options) {
        return new Options(List.of(options));
    }

    /** The keys a rule of the target may have besides the common ones. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Option<?> option : list) {
            keys.add(option.key());
        }
        return Set.copyOf(keys);
    }

    /** The option table of the target as Markdown, for {@code docs/}. */
    public String markdownTable() {
        StringBuilder out = new StringBuilder("| key | values | default | meaning |\n|---|---|---|---|\n");
        for (Option<?> option : list) {
            out.append("| `").append(option.key()).append("` | ").append(option.values()).append(" | ")
                    .append(option.defaultText()).append(" | ").append(option.description()).append(" |\n");
        }
        return out.toString();
    }
}
