package dev.guidepost.check.settings;

import dev.guidepost.check.settings.SettingsProblem.Kind;
import dev.guidepost.policy.Severity;
import dev.guidepost.policy.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses permission-rule strings as Claude Code 2.1.328 does: {@code Tool}, {@code Tool(specifier)},
 * {@code mcp__server}, {@code mcp__server__tool}, {@code mcp__server__*}. Never throws. Errors are
 * rules Claude Code skips (malformed parentheses, empty rules and parentheses, lower-case tool
 * names, MCP rules with a specifier, WebFetch without {@code domain:}, {@code :*} on file tools);
 * warnings are rules it keeps that cannot work as written (unknown tools under their own rule
 * id, a {@code :*} in the middle of a command, invalid Read/Edit paths, path specifiers on tools
 * whose path rules it never consults: Write, MultiEdit, NotebookEdit → Edit; Glob, Grep → Read).
 */
public final class PermissionRuleParser {

    private final SettingsKeys keys;

    public PermissionRuleParser(SettingsKeys keys) {
        this.keys = keys;
    }

    /** A parser over the tool names shipped with Guidepost. */
    public static PermissionRuleParser standard() {
        return new PermissionRuleParser(SettingsKeys.standard());
    }

    /** Parses one rule string of a deny or ask list. */
    public RuleParse parse(String text) {
        return parse(text, Behavior.DENY);
    }

    /**
     * Parses one rule string of the {@code behavior} list, as Claude Code reads it: the tool name
     * runs up to the first '(', the specifier from there to the last ')', which must end the
     * rule; parentheses inside the specifier are literal. Errors are what Claude Code skips;
     * warnings what it keeps although it can never match as written.
     */
    public RuleParse parse(String text, Behavior behavior) {
        List<RuleProblem> problems = new ArrayList<>();
        if (text.isBlank()) {
            problems.add(error(0, "empty permission rule; Claude Code skips it"));
            return new RuleParse(Optional.empty(), problems);
        }
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        Optional<String> specifier = Optional.empty();
        String tool = text;
        if (open >= 0 || close >= 0) {
            if (open < 0) {
                problems.add(error(close, "')' without a '(' before it" + SKIPPED));
                return new RuleParse(Optional.empty(), problems);
            }
            if (close < open) {
                problems.add(error(open, "unclosed '(': add ')' at the end of the rule" + SKIPPED));
                return new RuleParse(Optional.empty(), problems);
            }
            if (close != text.length() - 1) {
                problems.add(error(close + 1, (text.substring(close + 1).isBlank() ? "spaces" : "text")
                        + " after the closing ')'" + SKIPPED));
                return new RuleParse(Optional.empty(), problems);
            }
            tool = text.substring(0, open);
            String inner = text.substring(open + 1, close);
            if (inner.isEmpty()) {
                problems.add(error(open, "empty parentheses: write the tool name alone to cover all its uses"
                        + SKIPPED));
                return new RuleParse(Optional.empty(), problems);
            }
            specifier = Optional.of(inner);
        }
        if (tool.startsWith("mcp__") && tool.length() > "mcp__".length()) {
            if (specifier.isPresent()) {
                problems.add(error(open, "MCP rules take no specifier in parentheses; write " + tool + " or "
                        + tool + "__*" + SKIPPED));
                return new RuleParse(Optional.empty(), problems);
            }
            if (behavior == Behavior.ALLOW && tool.indexOf('*') >= 0 && tool.indexOf("__", 5) < 0) {
                problems.add(error(0, "a '*' in the server name of an allow rule" + SKIPPED
                        + "; name the server (mcp__server__*)"));
                return new RuleParse(Optional.empty(), problems);
            }
            return new RuleParse(Optional.of(new PermissionRule(tool, Optional.empty(), text)), problems);
        }
        if (tool.isEmpty()) {
            // Claude Code then takes the whole text for the tool name
            problems.add(new RuleProblem(Kind.RULE_UNKNOWN_TOOL, Severity.WARNING, 0, "no tool name before '('; "
                    + "Claude Code keeps the rule under the tool name '" + text + "', which no tool has, so it never "
                    + "matches; write Tool(…), e.g. Bash(…) or Read(…)"));
            return new RuleParse(Optional.of(new PermissionRule(text, Optional.empty(), text)), problems);
        }
        if (behavior == Behavior.ALLOW && tool.indexOf('*') >= 0) {
            problems.add(error(0, "a '*' in the tool name of an allow rule" + SKIPPED
                    + "; name the tool (wildcards in tool names only work in deny and ask rules)"));
            return new RuleParse(Optional.empty(), problems);
        }
        if (tool.indexOf('_') < 0 && Character.isLowerCase(tool.charAt(0))) {
            String upper = Character.toUpperCase(tool.charAt(0)) + tool.substring(1);
            problems.add(error(0, "tool names start with a capital letter (" + upper + ")" + SKIPPED));
            return new RuleParse(Optional.empty(), problems);
        }
        if (specifier.isPresent() && ambiguousEscape(specifier.get())) {
            problems.add(error(open + 1, "an escaped '\\(' or '\\)' next to an unescaped parenthesis" + SKIPPED
                    + "; spell a literal parenthesis as [(] or [)]"));
            return new RuleParse(Optional.empty(), problems);
        }
        checkTool(tool, problems);
        if (specifier.isPresent()) {
            checkSpecifier(tool, specifier.get(), open + 1, problems);
        }
        PermissionRule rule = new PermissionRule(tool, specifier, text);
        boolean fatal = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        return new RuleParse(fatal ? Optional.empty() : Optional.of(rule), problems);
    }

    private static final String SKIPPED = "; Claude Code skips this rule";

    /** Claude Code's test for a {@code \(} or {@code \)} whose meaning it cannot tell. */
    private static boolean ambiguousEscape(String spec) {
        boolean escaped = false;
        for (int i = 0; i < spec.length() - 1; i++) {
            char c = spec.charAt(i);
            if (c == '\\' && (spec.charAt(i + 1) == '(' || spec.charAt(i + 1) == ')')
                    && (i == 0 || spec.charAt(i - 1) != '\\')) {
                escaped = true;
            }
        }
        return escaped && unescaped(spec, '(') != unescaped(spec, ')');
    }

    private static int unescaped(String spec, char wanted) {
        int count = 0;
        for (int i = 0; i < spec.length(); i++) {
            if (spec.charAt(i) == wanted) {
                int backslashes = 0;
                for (int j = i - 1; j >= 0 && spec.charAt(j) == '\\'; j--) {
                    backslashes++;
                }
                if (backslashes % 2 == 0) {
                    count++;
                }
            }
        }
        return count;
    }

    private void checkTool(String tool, List<RuleProblem> problems) {
        if (keys.permissionTools().contains(tool)) {
            return;
        }
        String renamed = keys.renamedTools().get(tool);
        if (renamed != null) {
            problems.add(new RuleProblem(Kind.RULE_SYNTAX, Severity.INFO, 0, "'" + tool + "' is the old name of '"
                    + renamed + "'; Claude Code still reads it as " + renamed + ", but write the current name"));
            return;
        }
        if (tool.equals("mcp__")) {
            problems.add(new RuleProblem(Kind.RULE_UNKNOWN_TOOL, Severity.WARNING, 0, "'mcp__' names no MCP server; "
                    + "Claude Code keeps the rule, but it matches no tool; write mcp__server or mcp__server__tool"));
            return;
        }
        String trimmed = tool.strip();
        if (!trimmed.equals(tool) && (keys.permissionTools().contains(trimmed) || trimmed.startsWith("mcp__"))) {
            problems.add(new RuleProblem(Kind.RULE_UNKNOWN_TOOL, Severity.WARNING, tool.startsWith(trimmed)
                    ? trimmed.length() : 0, "space in the tool name '" + tool + "'; Claude Code keeps the rule under "
                    + "that name, which no tool has, so it never matches; write " + trimmed));
            return;
        }
        problems.add(new RuleProblem(Kind.RULE_UNKNOWN_TOOL, Severity.WARNING, 0, "unknown tool '" + tool + "'"
                + Suggestion.hint(tool, keys.permissionTools())
                + "; Claude Code keeps the rule, but no tool of that name exists, so it never matches"));
    }

    private void checkSpecifier(String tool, String spec, int offset, List<RuleProblem> problems) {
        if (tool.equals("Bash") || tool.equals("PowerShell")) {
            if (tool.equals("Bash") && spec.equals(":*")) {
                problems.add(error(offset, "':*' with no command before it" + SKIPPED + "; write Bash or Bash(npm *)"));
                return;
            }
            int legacy = spec.indexOf(":*");
            if (legacy >= 0 && legacy != spec.length() - 2) {
                problems.add(new RuleProblem(Kind.RULE_IGNORED, Severity.WARNING, offset + legacy, "':*' only works "
                        + "at the end of a command pattern; here Claude Code reads it as ':' followed by a '*' "
                        + "wildcard; write '*' if that is what you mean"));
            }
        } else if (FILE_PATTERN_TOOLS.contains(tool) && spec.contains(":*")) {
            problems.add(error(offset + spec.indexOf(":*"), "':*' is only for Bash prefix rules" + SKIPPED
                    + "; use a glob such as * or **"));
        } else if (keys.pathRuleTools().containsKey(tool)) {
            PathPattern.problem(spec).ifPresent(message ->
                    problems.add(new RuleProblem(Kind.RULE_IGNORED, Severity.WARNING, offset, "invalid path pattern: "
                            + message + "; Claude Code keeps the rule, but it matches no path")));
        } else if (keys.unconsultedPathTools().containsKey(tool) && !spec.trim().equals("*")) {
            String instead = keys.unconsultedPathTools().get(tool);
            problems.add(new RuleProblem(Kind.RULE_IGNORED, Severity.WARNING, offset - 1, "Claude Code accepts '"
                    + tool + "(…)' but never consults it for paths; file paths of " + tool + " are checked against "
                    + instead + "(…) rules, so write " + instead + "(" + spec + ")"));
        } else if (tool.equals("WebFetch")) {
            if (spec.contains("://") || spec.startsWith("http")) {
                problems.add(error(offset, "WebFetch rules name a host as 'domain:example.com', not a URL" + SKIPPED));
            } else if (!spec.startsWith("domain:")) {
                problems.add(error(offset, "WebFetch rules name a host as 'domain:example.com'" + SKIPPED));
            }
        } else if (tool.equals("WebSearch") && (spec.contains("*") || spec.contains("?"))) {
            problems.add(error(offset, "WebSearch rules take exact search terms, no '*' or '?'" + SKIPPED));
        }
    }

    /** Tools whose specifiers Claude Code reads as file patterns. */
    private static final java.util.Set<String> FILE_PATTERN_TOOLS =
            java.util.Set.of("Read", "Write", "Edit", "Glob", "NotebookRead", "NotebookEdit", "Cd");

    private static RuleProblem error(int offset, String message) {
        return new RuleProblem(Kind.RULE_SYNTAX, Severity.ERROR, offset, message);
    }
}
