package dev.guidepost.hook;

/**
 * What the hook command prints and how it exits: Claude Code reads {@code stdout} as JSON when the
 * exit code is 0 and shows {@code stderr} in its debug output.
 *
 * @param stdout   the JSON reply, or "" for no reply (Claude Code goes on as if there were no hook)
 * @param stderr   a note for the person debugging hooks, or ""
 * @param exitCode always 0: a reply blocks through its JSON, never through the exit code
 */
public record HookReply(String stdout, String stderr, int exitCode) {

    /** No reply at all. */
    public static HookReply silent() {
        return new HookReply("", "", 0);
    }

    /** No reply, with a note on standard error. */
    public static HookReply note(String text) {
        return new HookReply("", "guidepost hook: " + text + "\n", 0);
    }

    /** A JSON reply. */
    public static HookReply json(String json) {
        return new HookReply(json + "\n", "", 0);
    }
}
