package dev.guidepost.check.markdown;

/**
 * A part of a Markdown document that starts at a heading and runs until the next heading of the
 * same or a higher level (so a section holds its sub-sections).
 *
 * @param heading the heading's plain text (inline markup and HTML comments left out), trimmed
 * @param level 1 to 6
 * @param line the 1-based line of the heading (for a setext heading, the line of its text)
 * @param start offset in the document text of the heading line's first character
 * @param end offset just past the section's last character
 * @param title true for a document title: the only level-1 heading of a document that has other
 *     headings; it answers no question by itself
 */
public record Section(String heading, int level, int line, int start, int end, boolean title) {
}
