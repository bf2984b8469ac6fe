package dev.guidepost.policy;

import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the YAML parser's syntax errors into what a policy author needs: most of them are
 * indentation mistakes, which the parser reports in its own terms ("expected &lt;block end&gt;, but
 * found '?'"). Says which line is out of place, where the lines around it are, and what the line
 * above expects.
 *
 * @param line the 1-based line to point at
 * @param column the 1-based column to point at
 * @param message the explanation
 */
record YamlSyntaxMessage(int line, int column, String message) {

    /** An explanation of an indentation mistake, when the error is one. */
    static Optional<YamlSyntaxMessage> indentation(MarkedYAMLException error, String text) {
        String problem = error.getProblem() == null ? "" : error.getProblem();
        Mark at = error.getProblemMark();
        if (at == null) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        int index = at.getLine();
        if (index >= lines.length) {
            return Optional.empty();
        }
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
            return Optional.of(new YamlSyntaxMessage(index + 1, at.getColumn() + 1,
                    "a tab in the indentation: YAML is indented with spaces only"));
        }
        int indent = indent(lines[index]);
        int above = previousContentLine(lines, index);
        String aboveText = above < 0 ? "" : lines[above].strip();
        String aboveHint = above < 0 ? "" : aboveText.endsWith(":")
                ? "; the line above (line " + (above + 1) + ", '" + aboveText + "') ends with ':', so what belongs to it "
                        + "is indented further than its column " + (indent(lines[above]) + 1)
                : "; the line above (line " + (above + 1) + ", '" + aboveText + "') starts at column "
                        + (indent(lines[above]) + 1);
        boolean blockEnd = problem.contains("expected <block end>") || problem.contains("did not find expected key")
                || problem.contains("did not find expected '-' indicator");
        if (blockEnd) {
            Mark context = error.getContextMark();
            String kind = error.getContext() != null && error.getContext().contains("collection") ? "list" : "mapping";
            String block = context == null ? ""
                    : ", but the " + kind + " it seems to belong to (begun at line " + (context.getLine() + 1)
                            + ") has its " + (kind.equals("list") ? "items" : "keys") + " at column "
                            + (context.getColumn() + 1);
            return Optional.of(new YamlSyntaxMessage(index + 1, indent + 1,
                    "indentation: line " + (index + 1) + " starts at column " + (indent + 1) + block + aboveHint
                            + ". Entries of one mapping or list start at the same column"));
        }
        if (problem.contains("mapping values are not allowed here")) {
            if (above >= 0 && indent > indent(lines[above]) && !aboveText.endsWith(":") && !aboveText.endsWith("|")
                    && !aboveText.endsWith(">")) {
                return Optional.of(new YamlSyntaxMessage(index + 1, indent + 1,
                        "indentation: line " + (index + 1) + " is indented further (column " + (indent + 1)
                                + ") than the line above (line " + (above + 1) + ", '" + aboveText
                                + "'), which already has its value; indent it to column " + (indent(lines[above]) + 1)
                                + " to make it the next key"));
            }
            return Optional.of(new YamlSyntaxMessage(index + 1, at.getColumn() + 1,
                    "a second ': ' on line " + (index + 1) + ": put a value that contains ': ' in quotes, "
                            + "or start the nested mapping on its own, further indented line"));
        }
        return Optional.empty();
    }

    private static int previousContentLine(String[] lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String stripped = lines[i].strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
