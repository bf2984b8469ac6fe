package dev.guidepost;

/**
 * How {@link Guidepost#fix} works.
 *
 * @param write true to write the edits; false for a preview that writes nothing ({@code --diff})
 * @param unsafe true to apply the {@code replace} of source rules too, which changes code
 *     ({@code --unsafe-fixes}); settings and CLAUDE.md edits only add and are always made
 */
public record FixMode(boolean write, boolean unsafe) {
}
