package dev.guidepost.hook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * One hook event as Claude Code sends it on standard input, reduced to the fields Guidepost reads.
 *
 * @param name            {@code hook_event_name}: {@code PreToolUse}, {@code PostToolUse}, {@code Stop}, …
 * @param cwd             the folder Claude Code runs in ({@code cwd}); empty when not sent
 * @param sessionId       {@code session_id}; empty when not sent
 * @param toolName        {@code tool_name} of tool events; empty otherwise
 * @param command         {@code tool_input.command} of a Bash call; empty otherwise
 * @param filePath        {@code tool_input.file_path} (or {@code notebook_path}) of a file tool; empty otherwise
 * @param stopHookActive  {@code stop_hook_active}: the assistant is already going on because a Stop hook asked it to
 */
public record HookEvent(String name, String cwd, String sessionId, String toolName, String command, String filePath,
        boolean stopHookActive) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads an event.
     *
     * @throws IllegalArgumentException when the text is not a JSON object with a
     *     {@code hook_event_name}; the message says what was found
     */
    public static HookEvent parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the hook input is not JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the hook input is not a JSON object");
        }
        String name = text(root, "hook_event_name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the hook input has no hook_event_name");
        }
        JsonNode input = root.path("tool_input");
        String file = text(input, "file_path");
        return new HookEvent(name, text(root, "cwd"), text(root, "session_id"), text(root, "tool_name"),
                text(input, "command"), file.isEmpty() ? text(input, "notebook_path") : file,
                root.path("stop_hook_active").asBoolean(false));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : "";
    }

    /** The session id, when Claude Code sent one. */
    public Optional<String> session() {
        return sessionId.isBlank() ? Optional.empty() : Optional.of(sessionId);
    }
}
