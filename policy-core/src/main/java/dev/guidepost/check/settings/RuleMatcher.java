package dev.guidepost.check.settings;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A permission rule compiled for matching tool uses (compile once, match often).
 *
 * <p>Which uses a rule can match: a bare rule matches every use of its own tool; {@code Bash(p)}
 * matches commands by {@link BashPattern}; {@code Read(p)}/{@code Edit(p)} match file paths of
 * the tools that Claude Code checks against them (Read: Read, Glob, Grep; Edit: Edit, Write,
 * MultiEdit, NotebookEdit); {@code Write(p)}, {@code Glob(p)} and the like match nothing, as
 * Claude Code never consults them; {@code WebFetch(domain:h)} matches URLs whose host is {@code h}
 * ({@code *.h} also matches its subdomains); {@code mcp__s} and {@code mcp__s__*} match every
 * tool of server {@code s}; any other {@code Tool(x)} matches the argument {@code x} or, for
 * {@code *}, anything.
 */
public final class RuleMatcher {

    private final PermissionRule rule;
    private final SettingsKeys keys;
    private final BashPattern bash;
    private final PathPattern path;

    private RuleMatcher(PermissionRule rule, SettingsKeys keys) {
        this.rule = rule;
        this.keys = keys;
        Optional<String> spec = rule.specifier();
        this.bash = spec.isPresent() && isShell(rule.tool()) ? BashPattern.of(spec.get()) : null;
        PathPattern compiled = null;
        if (spec.isPresent() && keys.pathRuleTools().containsKey(rule.tool())) {
            try {
                compiled = PathPattern.compile(spec.get());
            } catch (IllegalArgumentException e) {
                compiled = null;
            }
        }
        this.path = compiled;
    }

    /** Compiles {@code rule} against the standard tool tables. */
    public static RuleMatcher of(PermissionRule rule) {
        return new RuleMatcher(rule, SettingsKeys.standard());
    }

    /** The rule. */
    public PermissionRule rule() {
        return rule;
    }

    /** The Bash pattern, for Bash rules with a specifier. */
    public Optional<BashPattern> bashPattern() {
        return Optional.ofNullable(bash);
    }

    /** Allow semantics: the rule covers all of {@code use} (every part of a compound command). */
    public boolean covers(ToolUse use, PathContext context) {
        if (isShell(use.tool()) && isShell(rule.tool()) && use.tool().equals(rule.tool())) {
            if (rule.isWholeTool()) {
                return true;
            }
            if (bash.form() == BashPattern.Form.EXACT && bash.matches(use.argument())) {
                return true;
            }
            List<String> parts = ShellCommand.split(use.argument());
            return !parts.isEmpty() && parts.stream().allMatch(bash::matches);
        }
        return matchesSimple(use, context);
    }

    /** Deny/ask semantics: the rule catches some part of {@code use}. */
    public boolean catches(ToolUse use, PathContext context) {
        if (isShell(use.tool()) && isShell(rule.tool()) && use.tool().equals(rule.tool())) {
            if (rule.isWholeTool() || bash.matches(use.argument())) {
                return true;
            }
            return ShellCommand.split(use.argument()).stream().anyMatch(bash::matches);
        }
        return matchesSimple(use, context);
    }

    /** Does the rule match one simple command of its shell tool? */
    public boolean matchesCommand(String command) {
        return rule.isWholeTool() || (bash != null && bash.matches(command));
    }

    private boolean matchesSimple(ToolUse use, PathContext context) {
        String tool = rule.tool();
        if (rule.isMcp()) {
            return matchesMcp(use.tool());
        }
        if (rule.specifier().isEmpty()) {
            return use.tool().equals(tool);
        }
        String spec = rule.specifier().get();
        Set<String> family = keys.pathRuleTools().get(tool);
        if (family != null) {
            if (!family.contains(use.tool())) {
                return false;
            }
            return spec.trim().equals("*") || (path != null && path.matches(use.argument(), context));
        }
        if (!use.tool().equals(tool) || keys.unconsultedPathTools().containsKey(tool) && !rule.isWholeTool()) {
            return false;
        }
        if (tool.equals("WebFetch")) {
            return matchesDomain(spec, use.argument());
        }
        return rule.isWholeTool() || spec.equals(use.argument());
    }

    private boolean matchesMcp(String useTool) {
        String name = rule.tool();
        if (name.endsWith("__*")) {
            name = name.substring(0, name.length() - 3);
        }
        String[] ruleParts = name.substring("mcp__".length()).split("__", 2);
        if (ruleParts.length == 1) {
            return useTool.equals(name) || useTool.startsWith(name + "__");
        }
        return useTool.equals(name);
    }

    private static boolean matchesDomain(String spec, String url) {
        if (!spec.startsWith("domain:")) {
            return false;
        }
        String wanted = spec.substring("domain:".length()).trim().toLowerCase(Locale.ROOT);
        String host = host(url);
        if (host.isEmpty()) {
            return false;
        }
        if (wanted.startsWith("*.")) {
            String base = wanted.substring(2);
            return host.equals(base) || host.endsWith("." + base);
        }
        return host.equals(wanted);
    }

    private static String host(String url) {
        try {
            String text = url.contains("://") ? url : "https://" + url;
            String host = URI.create(text.trim()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    static boolean isShell(String tool) {
        return tool.equals("Bash") || tool.equals("PowerShell");
    }
}
