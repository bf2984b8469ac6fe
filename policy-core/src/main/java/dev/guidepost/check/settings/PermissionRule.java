package dev.guidepost.check.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * One permission rule of a settings file: a tool name and an optional specifier in parentheses,
 * e.g. {@code Bash(npm run test:*)}, {@code Read(./.env)}, {@code mcp__github__search}.
 * Two rules are equal when tool and specifier are; {@code source} (the text as written) is
 * provenance only. {@link #toString()} prints the canonical form, which parses back to an equal rule.
 */
public record PermissionRule(String tool, Optional<String> specifier, String source) {

    public PermissionRule {
        Objects.requireNonNull(tool);
        Objects.requireNonNull(specifier);
        Objects.requireNonNull(source);
    }

    /** A rule built from its parts, its source being its canonical text. */
    public static PermissionRule of(String tool, String specifier) {
        Optional<String> spec = Optional.ofNullable(specifier);
        return new PermissionRule(tool, spec, spec.map(s -> tool + "(" + s + ")").orElse(tool));
    }

    /** True for an {@code mcp__…} rule. */
    public boolean isMcp() {
        return tool.startsWith("mcp__");
    }

    /** True when the rule names the whole tool: no specifier, or {@code (*)}. */
    public boolean isWholeTool() {
        return specifier.isEmpty() || specifier.get().trim().equals("*");
    }

    /**
     * Does this rule, used as an allow rule, cover all of {@code use}? A Bash rule covers a
     * compound command only when it matches every simple command in it (or the exact full text).
     */
    public boolean matches(ToolUse use) {
        return RuleMatcher.of(this).covers(use, PathContext.DEFAULT);
    }

    /**
     * Does this rule, used as a deny or ask rule, catch {@code use}? A Bash rule catches a
     * compound command when it matches any simple command in it.
     */
    public boolean catches(ToolUse use) {
        return RuleMatcher.of(this).catches(use, PathContext.DEFAULT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PermissionRule rule && tool.equals(rule.tool) && specifier.equals(rule.specifier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tool, specifier);
    }

    @Override
    public String toString() {
        return specifier.map(s -> tool + "(" + s + ")").orElse(tool);
    }
}
