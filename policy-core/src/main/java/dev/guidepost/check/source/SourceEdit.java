package dev.guidepost.check.source;

import dev.guidepost.report.Location;

/**
 * A replacement a source rule proposes for one of its matches.
 *
 * @param location where the finding is reported (the matched node)
 * @param start the node's first character, as an offset in the file's text (without a byte-order mark)
 * @param end the offset after the node's last character
 * @param replacement the text that takes the node's place
 */
public record SourceEdit(Location location, int start, int end, String replacement) {
}
