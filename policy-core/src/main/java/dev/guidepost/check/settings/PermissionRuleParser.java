package dev.guidepost.check.settings;

import dev.guidepost.check.settings.SettingsProblem.Kind;
import dev.guidepost.policy.Severity;
import dev.guidepost.policy.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses permission-rule strings: {@code Tool}, {@code Tool(specifier)}, {@code mcp__server},
 * {@code mcp__server__tool}, {@code mcp__server__*}. Never throws; reports unbalanced
 * parentheses, empty rules and specifiers, unknown tools (with did-you-mean), a legacy
 * {@code :*} anywhere but at the end of a Bash command, invalid Read/Edit paths, WebFetch
 * specifiers without {@code domain:}, and path specifiers on tools whose path rules Claude Code
 * never consults (Write, MultiEdit, NotebookEdit → Edit rules; Glob, Grep → Read rules).
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

    /** Parses one rule string. */
    public RuleParse parse(String text) {
        List<RuleProblem> problems = new ArrayList<>();
        if (text.isBlank()) {
            problems.add(error(0, "empty permission rule"));
            return new RuleParse(Optional.empty(), problems);
        }
        int start = 0;
        while (Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start > 0 || end < text.length()) {
            problems.add(new RuleProblem(Kind.RULE_SYNTAX, Severity.WARNING, start > 0 ? 0 : end,
                    "spaces around the rule: the settings schema rejects it; remove them"));
        }
        String body = text.substring(start, end);
        if (body.startsWith("mcp__")) {
            return parseMcp(text, body, start, problems);
        }
        int nameEnd = 0;
        while (nameEnd < body.length() && isNameChar(body.charAt(nameEnd))) {
            nameEnd++;
        }
        String tool = body.substring(0, nameEnd);
        if (tool.isEmpty()) {
            problems.add(error(start, "a rule must start with a tool name, e.g. Bash or Read(…)"));
            return new RuleParse(Optional.empty(), problems);
        }
        Optional<String> specifier = Optional.empty();
        if (nameEnd < body.length()) {
            char next = body.charAt(nameEnd);
            if (next == ')') {
                problems.add(error(start + nameEnd, "')' without a matching '('"));
                return new RuleParse(Optional.empty(), problems);
            }
            if (next != '(') {
                problems.add(error(start + nameEnd, "unexpected '" + next + "' after tool name '" + tool
                        + "'; expected '(' or the end of the rule"));
                return new RuleParse(Optional.empty(), problems);
            }
            Optional<String> inner = specifier(body, nameEnd, start, problems);
            if (inner.isEmpty()) {
                return new RuleParse(Optional.empty(), problems);
            }
            specifier = inner;
        }
        checkTool(tool, start, problems);
        if (specifier.isPresent()) {
            checkSpecifier(tool, specifier.get(), start + nameEnd + 1, problems);
        }
        PermissionRule rule = new PermissionRule(tool, specifier, text);
        boolean fatal = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        return new RuleParse(fatal ? Optional.empty() : Optional.of(rule), problems);
    }

    private Optional<String> specifier(String body, int open, int start, List<RuleProblem> problems) {
        if (!body.endsWith(")")) {
            int stray = body.lastIndexOf(')');
            if (stray > open) {
                problems.add(error(start + stray + 1, "unexpected text after the closing ')'"));
            } else {
                problems.add(error(start + open, "unclosed '(': add ')' at the end of the rule"));
            }
            return Optional.empty();
        }
        // As Claude Code reads it, the specifier runs from the first '(' to the last ')'.
        String inner = body.substring(open + 1, body.length() - 1);
        if (inner.isEmpty()) {
            problems.add(error(start + open, "empty parentheses: write the tool name alone to cover all its uses"));
            return Optional.empty();
        }
        java.util.ArrayDeque<Integer> opened = new java.util.ArrayDeque<>();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                i++;
            } else if (c == '(') {
                opened.push(i);
            } else if (c == ')') {
                if (opened.isEmpty()) {
                    problems.add(error(start + open + 1 + i, "')' without a matching '('"));
                    return Optional.empty();
                }
                opened.pop();
            }
        }
        if (!opened.isEmpty()) {
            problems.add(error(start + open + 1 + opened.peekLast(), "unbalanced '(' inside the specifier"));
            return Optional.empty();
        }
        if (inner.indexOf(')') >= 0) {
            problems.add(new RuleProblem(Kind.RULE_SYNTAX, Severity.WARNING, start + open + 1 + inner.indexOf(')'),
                    "')' inside the specifier: the settings schema rejects this rule, so editors flag the file"));
        }
        return Optional.of(inner);
    }

    private void checkTool(String tool, int offset, List<RuleProblem> problems) {
        if (keys.permissionTools().contains(tool)) {
            return;
        }
        String renamed = keys.renamedTools().get(tool);
        if (renamed != null) {
            problems.add(error(offset, "tool '" + tool + "' is now called '" + renamed + "'"));
            return;
        }
        problems.add(error(offset, "unknown tool '" + tool + "'" + Suggestion.hint(tool, keys.permissionTools())));
    }

    private void checkSpecifier(String tool, String spec, int offset, List<RuleProblem> problems) {
        if (spec.isBlank()) {
            problems.add(error(offset, "blank specifier"));
            return;
        }
        if (tool.equals("Bash") || tool.equals("PowerShell")) {
            int legacy = spec.indexOf(":*");
            if (legacy >= 0 && legacy != spec.length() - 2) {
                problems.add(error(offset + legacy, "':*' only works at the end of a command pattern; use '*' here"));
            }
        } else if (keys.pathRuleTools().containsKey(tool)) {
            PathPattern.problem(spec).ifPresent(message ->
                    problems.add(error(offset, "invalid path pattern: " + message)));
        } else if (keys.unconsultedPathTools().containsKey(tool) && !spec.trim().equals("*")) {
            String instead = keys.unconsultedPathTools().get(tool);
            problems.add(new RuleProblem(Kind.RULE_IGNORED, Severity.WARNING, offset - 1, "Claude Code accepts '"
                    + tool + "(…)' but never consults it for paths; file paths of " + tool + " are checked against "
                    + instead + "(…) rules, so write " + instead + "(" + spec + ")"));
        } else if (tool.equals("WebFetch") && !spec.startsWith("domain:")) {
            problems.add(new RuleProblem(Kind.RULE_IGNORED, Severity.WARNING, offset, "WebFetch rules match hosts "
                    + "written as 'domain:example.com'; this specifier never matches"));
        }
    }

    private RuleParse parseMcp(String text, String body, int start, List<RuleProblem> problems) {
        String rest = body.substring("mcp__".length());
        if (rest.isEmpty()) {
            problems.add(error(start, "'mcp__' names no server; write mcp__server or mcp__server__tool"));
            return new RuleParse(Optional.empty(), problems);
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!isNameChar(c) && c != '-' && c != '*' && c != '.') {
                problems.add(error(start + i, "unexpected '" + c + "' in an MCP rule; MCP rules take no specifier"));
                return new RuleParse(Optional.empty(), problems);
            }
        }
        return new RuleParse(Optional.of(new PermissionRule(body, Optional.empty(), text)), problems);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static RuleProblem error(int offset, String message) {
        return new RuleProblem(Kind.RULE_SYNTAX, Severity.ERROR, offset, message);
    }
}
