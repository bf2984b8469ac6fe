package dev.guidepost.check.settings.doctor;

import dev.guidepost.check.settings.FileRules;
import dev.guidepost.check.settings.JsonParseResult;
import dev.guidepost.check.settings.LocatedJson;
import dev.guidepost.check.settings.PermissionEntries;
import dev.guidepost.check.settings.SettingsProblem;
import dev.guidepost.check.settings.SettingsScope;
import dev.guidepost.check.settings.SettingsValidator;
import dev.guidepost.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares what Claude Code reports about one settings file with Guidepost's errors. Both sides
 * are reduced to JSON paths ({@code hooks.PreToolUse.0.hooks.0}); a permission rule is keyed by
 * its list and text ({@code permissions.allow["bash(ls)"]}), as Claude Code names it. A Guidepost
 * error and a Claude Code verdict agree when one path is the other or contains it (Claude Code
 * may name {@code ...hooks.0.command} where Guidepost names the hook). Guidepost's warnings and
 * infos are about what Claude Code accepts, so they never count as a disagreement.
 */
final class Disagreements {

    private static final SettingsValidator VALIDATOR = SettingsValidator.standard();

    private Disagreements() {
    }

    /** The key of a permission rule of list {@code path} ("permissions.allow"). */
    static String ruleKey(String path, String rule) {
        return path + "[\"" + rule + "\"]";
    }

    /** The shared key of a Guidepost path ({@code hooks.Stop[0].hooks[1]} → {@code hooks.Stop.0.hooks.1}). */
    static String key(String path) {
        return path.replaceAll("\\[(\\d+)\\]", ".$1");
    }

    /** The keys of Guidepost's errors for the settings file {@code text}. */
    static Set<String> guidepostErrors(String text) {
        Set<String> keys = new TreeSet<>();
        for (SettingsProblem problem : VALIDATOR.validate(text)) {
            if (problem.severity() == Severity.ERROR) {
                keys.add(key(problem.path()));
            }
        }
        JsonParseResult parse = LocatedJson.parse(text);
        if (parse.value().isPresent()) {
            FileRules rules = PermissionEntries.standard().read("settings.json", SettingsScope.PROJECT,
                    parse.value().get());
            for (SettingsProblem problem : rules.problems()) {
                if (problem.severity() == Severity.ERROR) {
                    String list = problem.path().replaceAll("\\[\\d+\\]$", "");
                    keys.add(ruleKey(list, ruleText(problem)));
                }
            }
        }
        return keys;
    }

    private static String ruleText(SettingsProblem problem) {
        String message = problem.message();
        int at = message.lastIndexOf(" in '");
        return message.substring(at + 5, message.length() - 1);
    }

    /**
     * The disagreements of one case, each as {@code claude-only KEY} (Claude Code reports it,
     * Guidepost has no error there) or {@code guidepost-only KEY} (a Guidepost error where Claude
     * Code reports nothing).
     */
    static List<String> of(Set<String> doctor, Set<String> guidepost) {
        List<String> out = new ArrayList<>();
        for (String key : doctor) {
            if (guidepost.stream().noneMatch(g -> related(key, g))) {
                out.add("claude-only " + key);
            }
        }
        for (String key : guidepost) {
            if (doctor.stream().noneMatch(d -> related(d, key))) {
                out.add("guidepost-only " + key);
            }
        }
        return out;
    }

    private static boolean related(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty() || a.contains("[\"") || b.contains("[\"")) {
            return false;
        }
        return a.startsWith(b + ".") || b.startsWith(a + ".");
    }
}
