package dev.guidepost.check.settings;

import dev.guidepost.policy.Severity;

/**
 * One thing wrong with a settings file, placed at a 1-based line and column.
 *
 * @param kind     what sort of problem (each maps to one Guidepost rule id)
 * @param severity how serious it is
 * @param path     where in the JSON, e.g. {@code permissions.allow[2]} ("" = the document)
 * @param line     1-based line
 * @param column   1-based column
 * @param message  a one-line explanation, with a did-you-mean where one helps
 * @param dropsFile true when Claude Code ignores the whole file because of it
 */
public record SettingsProblem(Kind kind, Severity severity, String path, int line, int column, String message,
        boolean dropsFile) {

    /** A problem that leaves the rest of the file in force. */
    public SettingsProblem(Kind kind, Severity severity, String path, int line, int column, String message) {
        this(kind, severity, path, line, column, message, false);
    }

    /** The sorts of problem, grouped by the rule that reports them. */
    public enum Kind {
        /** Malformed JSON. claude/settings-valid */
        SYNTAX("claude/settings-valid"),
        /** A key Claude Code does not know (or likely misspelt). claude/settings-valid */
        UNKNOWN_KEY("claude/settings-valid"),
        /** The same key twice in one object. claude/settings-valid */
        DUPLICATE_KEY("claude/settings-valid"),
        /** A value of the wrong JSON type. claude/settings-valid */
        WRONG_TYPE("claude/settings-valid"),
        /** A value outside the allowed set. claude/settings-valid */
        UNKNOWN_VALUE("claude/settings-valid"),
        /** A permission rule that does not parse or names no known tool. claude/permission-syntax */
        RULE_SYNTAX("claude/permission-syntax"),
        /** A permission rule naming a tool Claude Code does not know: kept, never matches. claude/permission-unknown-tool */
        RULE_UNKNOWN_TOOL("claude/permission-unknown-tool"),
        /** A permission rule form accepted but never consulted. claude/permission-syntax */
        RULE_IGNORED("claude/permission-syntax"),
        /** The same permission rule twice. claude/permission-syntax */
        RULE_DUPLICATE("claude/permission-syntax"),
        /** An allow rule that a deny or ask rule always overrides. claude/permission-shadowed */
        RULE_SHADOWED("claude/permission-shadowed");

        private final String ruleId;

        Kind(String ruleId) {
            this.ruleId = ruleId;
        }

        /** The Guidepost rule id that reports this kind. */
        public String ruleId() {
            return ruleId;
        }
    }

    @Override
    public String toString() {
        return line + ":" + column + " " + severity.label() + " " + message;
    }
}
