package dev.guidepost.check.settings;

import dev.guidepost.report.Location;
import java.util.List;

/**
 * One thing a {@code target: settings} rule with permission lists finds wrong in the settings that
 * govern one folder: a command its expectation is not met for, or (for {@code not-allows}) an allow
 * rule that lets commands through. The check reports each gap as a finding; {@code check --fix}
 * turns each into the rules that close it.
 *
 * @param folder the folder Claude Code is started in ("" for the root)
 * @param projects the folders of the Django projects these settings govern, for the spelling of
 *     the rules that close the gap (empty for a rule without {@code for-each: django-project})
 * @param attributedTo the project the finding belongs to (as shown in reports), or null for the
 *     innermost project around its location
 * @param location where the finding is placed
 * @param message the finding's message
 * @param expectation what the rule list demands
 * @param commands the commands concerned: the one not met, or those the allow rule lets through
 * @param uses the spellings that fail the expectation (for {@code not-allows}: that run unasked)
 */
public record PermissionGap(String folder, List<String> projects, String attributedTo, Location location,
        String message, PermissionExpectation expectation, List<SettingsCommand> commands, List<ToolUse> uses) {

    public PermissionGap {
        projects = List.copyOf(projects);
        commands = List.copyOf(commands);
        uses = List.copyOf(uses);
    }
}
