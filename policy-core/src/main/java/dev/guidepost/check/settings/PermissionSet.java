package dev.guidepost.check.settings;

import dev.guidepost.check.settings.SettingsProblem.Kind;
import dev.guidepost.policy.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The effective permission rules of one project: the rules of its user, project and local
 * settings files merged (every rule of every file applies) and evaluated as Claude Code does:
 * deny rules first, then ask, then allow; the first list with a match decides, whatever the
 * file order. Rules are compiled once; {@link #decide} is cheap and thread-safe.
 *
 * <p>Bash: a deny or ask rule catches a compound command when it matches any simple command in
 * it (or the whole text); an allow rule set allows a compound command only when every simple
 * command is allowed by some allow rule (or one allow rule is exactly the whole text).
 */
public final class PermissionSet {

    private final List<FileRules> files;
    private final PathContext context;
    private final List<Compiled> deny = new ArrayList<>();
    private final List<Compiled> ask = new ArrayList<>();
    private final List<Compiled> allow = new ArrayList<>();

    private record Compiled(RuleEntry entry, RuleMatcher matcher) {
    }

    private PermissionSet(List<FileRules> files, PathContext context) {
        this.files = files.stream().sorted(Comparator.comparing(FileRules::scope).reversed()).toList();
        this.context = context;
        for (FileRules file : this.files) {
            for (RuleEntry entry : file.entries()) {
                Compiled compiled = new Compiled(entry, RuleMatcher.of(entry.rule()));
                switch (entry.behavior()) {
                    case DENY -> deny.add(compiled);
                    case ASK -> ask.add(compiled);
                    case ALLOW -> allow.add(compiled);
                }
            }
        }
    }

    /** Merges {@code files} (any order; reported rules come from the highest-precedence file first). */
    public static PermissionSet of(List<FileRules> files, PathContext context) {
        return new PermissionSet(files, context);
    }

    /** As {@link #of(List, PathContext)} with {@link PathContext#DEFAULT}. */
    public static PermissionSet of(List<FileRules> files) {
        return new PermissionSet(files, PathContext.DEFAULT);
    }

    /** The merged files, highest precedence first. */
    public List<FileRules> files() {
        return files;
    }

    /** The effective decision for {@code use}. */
    public Decision decide(ToolUse use) {
        for (Compiled rule : deny) {
            if (rule.matcher().catches(use, context)) {
                return new Decision(Decision.Verdict.DENY, List.of(rule.entry()));
            }
        }
        for (Compiled rule : ask) {
            if (rule.matcher().catches(use, context)) {
                return new Decision(Decision.Verdict.ASK, List.of(rule.entry()));
            }
        }
        if (!RuleMatcher.isShell(use.tool())) {
            for (Compiled rule : allow) {
                if (rule.matcher().covers(use, context)) {
                    return new Decision(Decision.Verdict.ALLOW, List.of(rule.entry()));
                }
            }
            return new Decision(Decision.Verdict.UNDECIDED, List.of());
        }
        for (Compiled rule : allow) {
            boolean exact = rule.entry().rule().tool().equals(use.tool()) && rule.matcher().bashPattern()
                    .map(p -> p.form() == BashPattern.Form.EXACT && p.matches(use.argument())).orElse(false);
            if (exact) {
                return new Decision(Decision.Verdict.ALLOW, List.of(rule.entry()));
            }
        }
        if (RuleMatcher.isShell(use.tool())) {
            List<String> parts = ShellCommand.split(use.argument());
            LinkedHashSet<RuleEntry> deciding = new LinkedHashSet<>();
            for (String part : parts) {
                RuleEntry found = null;
                for (Compiled rule : allow) {
                    if (rule.entry().rule().tool().equals(use.tool()) && rule.matcher().matchesCommand(part)) {
                        found = rule.entry();
                        break;
                    }
                }
                if (found == null) {
                    return new Decision(Decision.Verdict.UNDECIDED, List.of());
                }
                deciding.add(found);
            }
            if (!parts.isEmpty()) {
                return new Decision(Decision.Verdict.ALLOW, List.copyOf(deciding));
            }
        }
        return new Decision(Decision.Verdict.UNDECIDED, List.of());
    }

    /**
     * Allow rules that can never take effect because a deny or ask rule of the merge catches
     * every use they could allow. Reported only when containment is certain (see {@link Shadowing}).
     */
    public List<RuleFinding> shadowed() {
        List<RuleFinding> findings = new ArrayList<>();
        for (Compiled allowed : allow) {
            for (List<Compiled> list : List.of(deny, ask)) {
                Compiled covering = null;
                for (Compiled rule : list) {
                    if (Shadowing.covers(rule.entry().rule(), allowed.entry().rule())) {
                        covering = rule;
                        break;
                    }
                }
                if (covering != null) {
                    RuleEntry by = covering.entry();
                    RuleEntry entry = allowed.entry();
                    findings.add(new RuleFinding(entry, new SettingsProblem(Kind.RULE_SHADOWED, Severity.WARNING,
                            entry.path(), entry.line(), entry.column(), "allow rule '" + entry.rule()
                                    + "' never takes effect: " + by.behavior().key() + " rule '" + by.rule() + "' ("
                                    + by.file() + ":" + by.line() + ") " + (by.behavior() == Behavior.DENY
                                            ? "denies" : "asks for") + " every command it allows")));
                    break;
                }
            }
        }
        return findings;
    }

    /**
     * Rules written twice: in the same list of one file (warning), or in the same list of two
     * merged files (info, reported on the higher-precedence copy).
     */
    public List<RuleFinding> duplicates() {
        List<RuleFinding> findings = new ArrayList<>();
        Map<String, RuleEntry> seen = new HashMap<>();
        List<FileRules> lowestFirst = new ArrayList<>(files);
        java.util.Collections.reverse(lowestFirst);
        for (FileRules file : lowestFirst) {
            for (RuleEntry entry : file.entries()) {
                String key = entry.behavior() + " " + entry.rule();
                RuleEntry earlier = seen.putIfAbsent(key, entry);
                if (earlier == null) {
                    continue;
                }
                boolean sameFile = earlier.file().equals(entry.file());
                findings.add(new RuleFinding(entry, new SettingsProblem(Kind.RULE_DUPLICATE,
                        sameFile ? Severity.WARNING : Severity.INFO, entry.path(), entry.line(), entry.column(),
                        "'" + entry.rule() + "' is already in the " + entry.behavior().key() + " list "
                                + (sameFile ? "on line " + earlier.line() : "of " + earlier.file() + ":"
                                        + earlier.line()))));
            }
        }
        return findings;
    }
}
