package dev.guidepost.check.settings;

/**
 * One concrete use of a Claude Code tool that permission rules are asked about.
 *
 * @param tool     the tool name, e.g. {@code Bash}, {@code Read}, {@code mcp__github__search}
 * @param argument the command, file path, URL or other input the rules look at ("" for none);
 *                 paths are absolute or relative to the project folder
 */
public record ToolUse(String tool, String argument) {

    /** Running a shell command. */
    public static ToolUse bash(String command) {
        return new ToolUse("Bash", command);
    }

    /** Reading a file. */
    public static ToolUse read(String path) {
        return new ToolUse("Read", path);
    }

    /** Editing a file. */
    public static ToolUse edit(String path) {
        return new ToolUse("Edit", path);
    }

    /** Writing a whole file (Claude Code checks its path against Edit rules). */
    public static ToolUse write(String path) {
        return new ToolUse("Write", path);
    }

    /** Fetching a URL. */
    public static ToolUse webFetch(String url) {
        return new ToolUse("WebFetch", url);
    }

    /** Calling a tool of an MCP server. */
    public static ToolUse mcp(String server, String tool) {
        return new ToolUse("mcp__" + server + "__" + tool, "");
    }

    /** Any other use. */
    public static ToolUse of(String tool, String argument) {
        return new ToolUse(tool, argument);
    }

    @Override
    public String toString() {
        return argument.isEmpty() ? tool : tool + "(" + argument + ")";
    }

    /**
     * Reads a tool use written as a rule would be: {@code Tool(argument)} or a bare tool name
     * when {@code Tool} is one of {@code tools} or an {@code mcp__} name; any other text is a
     * Bash command ({@code python manage.py migrate} is {@code Bash(python manage.py migrate)}).
     */
    public static ToolUse parse(String text, java.util.Set<String> tools) {
        String t = text.trim();
        int open = t.indexOf('(');
        if (open > 0 && t.endsWith(")")) {
            String tool = t.substring(0, open);
            if (tools.contains(tool) || tool.startsWith("mcp__")) {
                return new ToolUse(tool, t.substring(open + 1, t.length() - 1));
            }
        }
        if (tools.contains(t) || (t.startsWith("mcp__") && !t.contains(" "))) {
            return new ToolUse(t, "");
        }
        return bash(t);
    }
}
