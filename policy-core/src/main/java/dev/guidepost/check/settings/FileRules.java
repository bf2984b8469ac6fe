package dev.guidepost.check.settings;

import java.util.List;

/**
 * The permission rules of one settings file and the problems found in their strings.
 *
 * @param entries  the usable rules in file order (allow, ask, deny lists in their order)
 * @param problems syntax problems of the rule strings, placed inside the strings
 */
public record FileRules(String file, SettingsScope scope, List<RuleEntry> entries, List<SettingsProblem> problems) {

    public FileRules {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
