package dev.guidepost.check.source;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Map;

/**
 * One node a source rule matched, with the nodes its metavariables (and query captures) bound.
 * Lines and columns are 1-based; the end column is exclusive.
 */
public record SourceMatch(SyntaxNode node, Map<String, List<SyntaxNode>> captures) {

    private static final Pattern METAVARIABLE = Pattern.compile("\\$(?:\\$\\$)?([A-Za-z_][A-Za-z0-9_]*)");

    public SourceMatch {
        captures = Map.copyOf(captures);
    }

    public int startLine() {
        return node.startLine();
    }

    public int startColumn() {
        return node.startColumn();
    }

    public int endLine() {
        return node.endLine();
    }

    public int endColumn() {
        return node.endColumn();
    }

    /** The text a metavariable bound (a sequence: from its first to its last node), or null if unbound. */
    public String text(String name) {
        List<SyntaxNode> nodes = captures.get(name);
        return nodes == null ? null : Captures.text(nodes);
    }

    /**
     * The template with {@code $NAME} and {@code $$$NAME} replaced by the text they bound; names that
     * are not bound stay as written.
     */
    public String interpolate(String template) {
        if (template == null || template.indexOf('$') < 0) {
            return template;
        }
        Matcher m = METAVARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            String value = text(m.group(1));
            out.append(value != null ? value : m.group());
            last = m.end();
        }
        return out.append(template, last, template.length()).toString();
    }
}
