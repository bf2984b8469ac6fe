package dev.guidepost.setup;

import dev.guidepost.edit.JsonStrings;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Claude Code hook entries that run {@code guidepost hook}, as {@code init --hooks} and
 * {@code check --fix --hooks} write them: a session start (so the hook server is warm and the
 * session's starting commit is noted), Bash commands before they run, every file edit, and the
 * stop. The command is {@value #COMMAND}, found on the {@code PATH} of the shell Claude Code
 * starts, so the entries suit every clone of the repository.
 */
public final class HookEntries {

    /** The command every entry runs. */
    public static final String COMMAND = "guidepost hook";

    /** The edit tools whose PostToolUse is checked. */
    public static final String EDIT_TOOLS = "Edit|Write|MultiEdit|NotebookEdit";

    /**
     * One matcher entry of {@code hooks.<event>}.
     *
     * @param event   the hook event name
     * @param matcher the tool names it applies to; empty for events without tools
     * @param timeout seconds Claude Code waits for the hook before it goes on without an answer
     */
    public record Entry(String event, Optional<String> matcher, int timeout) {

        /** The entry as one line of JSON. */
        public String json() {
            String hook = "{\"type\": \"command\", \"command\": " + JsonStrings.quote(COMMAND) + ", \"timeout\": " + timeout + "}";
            return "{" + matcher.map(m -> "\"matcher\": " + JsonStrings.quote(m) + ", ").orElse("") + "\"hooks\": [" + hook + "]}";
        }

        /** {@code PreToolUse (Bash)}, {@code Stop}. */
        public String label() {
            return event + matcher.map(m -> " (" + m + ")").orElse("");
        }
    }

    /** The entries, in the order they are written. */
    public static final List<Entry> ALL = List.of(
            new Entry("SessionStart", Optional.empty(), 30),
            new Entry("PreToolUse", Optional.of("Bash"), 30),
            new Entry("PostToolUse", Optional.of(EDIT_TOOLS), 60),
            new Entry("Stop", Optional.empty(), 120));

    /**
     * A command that runs Guidepost's hook however it is spelled: {@code guidepost hook},
     * {@code /opt/guidepost/bin/guidepost hook --fail-on warning}, {@code java -jar .../guidepost.jar hook}.
     */
    private static final Pattern RUNS_GUIDEPOST = Pattern.compile("(?:^|[\\s/\"'])guidepost(?:\\.jar)?[\"']?\\s+hook(?:\\s|$)");

    private HookEntries() {
    }

    /** True when a hook {@code command} runs {@code guidepost hook}: an entry for its event is then in place. */
    public static boolean runsGuidepost(String command) {
        return RUNS_GUIDEPOST.matcher(command).find();
    }
}
