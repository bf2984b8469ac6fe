package dev.guidepost.check.source;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.guidepost.policy.Problems;
import dev.guidepost.policy.YamlNode;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a source rule's {@code replace} puts in place of a match (applied by
 * {@code check --fix --unsafe-fixes} only, since it changes code): a template over the rule's
 * metavariables that replaces the whole matched node (as ast-grep's and Semgrep's {@code fix}), or
 * a regex whose first occurrence in the node's text is replaced (as Semgrep's {@code fix-regex}).
 */
sealed interface Replacement {

    /** The new text for a match's node. */
    String apply(SourceMatch match);

    /** {@code replace: TEMPLATE}: the node's text becomes the template with {@code $X}/{@code $$$X} filled in. */
    record Template(String template) implements Replacement {
        @Override
        public String apply(SourceMatch match) {
            return indented(match.interpolate(template), match);
        }
    }

    /** {@code replace: {regex: R, with: T}}: the first occurrence of R in the node's text becomes T (filled in). */
    record InNode(Pattern regex, String with) implements Replacement {
        @Override
        public String apply(SourceMatch match) {
            String text = match.node().text();
            Matcher m = regex.matcher(text);
            if (!m.find()) {
                return text;
            }
            return text.substring(0, m.start()) + indented(match.interpolate(with), match) + text.substring(m.end());
        }
    }

    /**
     * A multi-line replacement takes the indentation of the line the node starts on: its second
     * and later lines are indented by it, so a template written flush left fits any nesting depth.
     */
    private static String indented(String text, SourceMatch match) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        String source = match.node().sourceText();
        int lineStart = source.lastIndexOf('\n', match.node().startOffset() - 1) + 1;
        int i = lineStart;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        String indent = source.substring(lineStart, i);
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(lines[0]);
        for (int line = 1; line < lines.length; line++) {
            out.append('\n').append(lines[line].isEmpty() ? "" : indent + lines[line]);
        }
        return out.toString();
    }

    /**
     * Reads {@code replace}: a text, or a mapping with {@code regex} and {@code with}. Every
     * metavariable it uses must occur in the rule's body ({@code bodyText}); problems go to
     * {@code problems} with their place.
     */
    static Optional<Replacement> read(YamlNode node, String bodyText, Problems problems) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return unbound(scalar.text(), bodyText, scalar, problems) ? Optional.empty()
                    : Optional.of(new Template(scalar.text()));
        }
        if (node instanceof YamlNode.Mapping mapping) {
            Set<String> keys = new TreeSet<>(mapping.entries().keySet());
            keys.removeAll(Set.of("regex", "with"));
            if (!keys.isEmpty()) {
                problems.add(mapping.position(), "unknown key '" + keys.iterator().next()
                        + "' in replace: expected regex and with");
                return Optional.empty();
            }
            Optional<YamlNode> regex = mapping.get("regex");
            Optional<YamlNode> with = mapping.get("with");
            if (regex.isEmpty() || with.isEmpty() || !(regex.get() instanceof YamlNode.Scalar r)
                    || !(with.get() instanceof YamlNode.Scalar w) || r.isNull() || r.text().isEmpty()) {
                problems.add(mapping.position(), "replace as a mapping needs 'regex' (what to replace inside the"
                        + " matched node) and 'with' (the new text), both texts");
                return Optional.empty();
            }
            Pattern pattern;
            try {
                pattern = dev.guidepost.policy.PolicyRegex.compile(r.text());
            } catch (PatternSyntaxException e) {
                problems.add(r.position(), "invalid regex in replace: " + e.getDescription());
                return Optional.empty();
            }
            String text = w.isNull() ? "" : w.text();
            return unbound(text, bodyText, w, problems) ? Optional.empty() : Optional.of(new InNode(pattern, text));
        }
        problems.add(node.position(), "replace must be a text (the new code, with the rule's $METAVARIABLES) or"
                + " {regex: ..., with: ...}");
        return Optional.empty();
    }

    Pattern METAVARIABLE = Pattern.compile("\\$(?:\\$\\$)?([A-Za-z_][A-Za-z0-9_]*)");

    private static boolean unbound(String template, String bodyText, YamlNode at, Problems problems) {
        Matcher m = METAVARIABLE.matcher(template);
        while (m.find()) {
            String name = m.group(1);
            if (!Pattern.compile("\\$(\\$\\$)?" + Pattern.quote(name) + "\\b").matcher(bodyText).find()
                    && !bodyText.contains("@" + name)) {
                problems.add(at.position(), "replace uses " + m.group() + ", which the rule's match never binds");
                return true;
            }
        }
        return false;
    }
}
