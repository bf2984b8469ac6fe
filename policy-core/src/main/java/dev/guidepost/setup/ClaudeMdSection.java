package dev.guidepost.setup;

import java.util.List;

/**
 * One section of a generated CLAUDE.md: a level-two heading and its lines.
 *
 * @param lines the body, without the heading, each without a line break
 */
public record ClaudeMdSection(ClaudeMdTopic topic, String heading, List<String> lines) {

    public ClaudeMdSection {
        lines = List.copyOf(lines);
    }

    /** The section as Markdown, ending with a line break. */
    public String render() {
        StringBuilder out = new StringBuilder("## ").append(heading).append('\n');
        for (String line : lines) {
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
