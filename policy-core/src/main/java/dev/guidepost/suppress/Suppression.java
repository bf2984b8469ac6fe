package dev.guidepost.suppress;

import java.util.List;

/**
 * One inline {@code guidepost: ignore[rule-id, …] reason} comment.
 *
 * @param path the file holding it
 * @param line 1-based line of the comment
 * @param column 1-based column where the comment starts
 * @param ownLine true when nothing but the comment is on its line: it then covers the next line,
 *     otherwise its own line
 * @param ruleIds the rules it names, in the order written
 * @param reason why the findings are accepted; empty when none is given
 * @param problem what is wrong with the comment's syntax, empty when it is well formed
 */
public record Suppression(String path, int line, int column, boolean ownLine, List<String> ruleIds, String reason,
        String problem) {

    public Suppression {
        ruleIds = List.copyOf(ruleIds);
    }

    /** The line whose findings this comment suppresses. */
    public int coveredLine() {
        return ownLine ? line + 1 : line;
    }
}
