package dev.guidepost.check.layout;

import dev.guidepost.policy.Glob;
import dev.guidepost.policy.Problems;
import dev.guidepost.policy.SourcePosition;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A path glob of a layout rule with placeholders such as {@code {project}} and {@code {app}}.
 * A template that starts with a placeholder or with '/' is relative to the repository root; any
 * other is relative to the folder of the unit the rule runs for. Placeholder values are folder
 * paths and are matched literally (glob characters in folder names are escaped).
 */
public final class PathTemplate {

    private final String text;
    private final Set<String> placeholders;

    private PathTemplate(String text, Set<String> placeholders) {
        this.text = text;
        this.placeholders = Set.copyOf(placeholders);
    }

    /**
     * Compiles a template, checking that it names only {@code allowed} placeholders and that it is
     * a valid glob; adds a located problem and answers empty otherwise.
     */
    public static Optional<PathTemplate> compile(String text, Set<String> allowed, SourcePosition position,
            Problems problems) {
        Set<String> used = new LinkedHashSet<>();
        int i = 0;
        while ((i = text.indexOf('{', i)) >= 0) {
            int close = text.indexOf('}', i);
            if (close < 0) {
                problems.add(position, "unclosed '{' in path '" + text + "'");
                return Optional.empty();
            }
            String name = text.substring(i + 1, close);
            if (!allowed.contains(name)) {
                problems.add(position, "unknown placeholder '{" + name + "}' in path '" + text + "'; here expected "
                        + (allowed.isEmpty() ? "none" : "one of {" + String.join("}, {", new java.util.TreeSet<>(allowed)) + "}"));
                return Optional.empty();
            }
            used.add(name);
            i = close + 1;
        }
        PathTemplate template = new PathTemplate(text, used);
        try {
            Map<String, String> sample = new java.util.HashMap<>();
            used.forEach(name -> sample.put(name, "x"));
            template.expand("x", sample).ifPresent(r -> Glob.compile(r.globText()));
        } catch (IllegalArgumentException e) {
            problems.add(position, e.getMessage());
            return Optional.empty();
        }
        return Optional.of(template);
    }

    public String text() {
        return text;
    }

    public Set<String> placeholders() {
        return placeholders;
    }

    /**
     * The template resolved for one unit, or empty when a placeholder has no value there (for
     * example {@code {settings}} in a project whose settings could not be found).
     *
     * @param unitFolder the folder relative paths resolve against ("" for the root)
     * @param values the placeholder values, folder paths relative to the root
     */
    public Optional<Resolved> expand(String unitFolder, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        boolean rootRelative = text.startsWith("/") || text.startsWith("{");
        if (!rootRelative && !unitFolder.isEmpty()) {
            out.append(escape(unitFolder)).append('/');
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                int close = text.indexOf('}', i);
                String value = values.get(text.substring(i + 1, close));
                if (value == null) {
                    return Optional.empty();
                }
                out.append(escape(value));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        String path = out.toString().replaceAll("/{2,}", "/");
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return Optional.of(new Resolved(path));
    }

    private static String escape(String folder) {
        StringBuilder out = new StringBuilder(folder.length());
        for (int i = 0; i < folder.length(); i++) {
            char c = folder.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '\\' || c == '!' && i == 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * A template resolved for one unit.
     *
     * @param path the glob relative to the root, without a leading '/' ("" means the root folder)
     */
    public record Resolved(String path) {

        /** The glob text anchored at the root. */
        String globText() {
            return "/" + path;
        }

        /** The glob, anchored at the root. Only valid when {@link #path()} is not empty. */
        Glob glob() {
            return Glob.compile(globText());
        }

        /** The longest folder prefix without glob characters: matches all lie under it. */
        String literalPrefix() {
            String body = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            StringBuilder prefix = new StringBuilder();
            for (String segment : body.split("/")) {
                if (segment.contains("*") || segment.contains("?") || segment.contains("[") || segment.contains("\\")) {
                    break;
                }
                prefix.append(prefix.length() == 0 ? "" : "/").append(segment);
            }
            return prefix.toString();
        }

        /** The path as shown in messages. */
        public String display() {
            return path.replace("\\", "");
        }
    }
}
