package dev.guidepost;

/**
 * How {@link Guidepost#fix} works.
 *
 * @param write true to write the edits; false for a preview that writes nothing ({@code --diff})
 * @param unsafe true to apply the {@code replace} of source rules too, which changes code
 *     ({@code --unsafe-fixes}); settings and CLAUDE.md edits only add and are always made
 * @param hooks true to add the Claude Code hook entries that run {@code guidepost hook} to the root's
 *     {@code .claude/settings.json} when they are missing ({@code --hooks}; see
 *     {@link dev.guidepost.setup.HookInstaller}); no finding asks for them, so only on request
 */
public record FixMode(boolean write, boolean unsafe, boolean hooks) {

    /** A mode without hook entries. */
    public FixMode(boolean write, boolean unsafe) {
        this(write, unsafe, false);
    }
}
