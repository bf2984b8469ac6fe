package dev.guidepost.check.settings;

/**
 * A parsed permission rule where it was written: its list, file, scope and the 1-based position
 * of its string in the file.
 *
 * @param path JSON path of the entry, e.g. {@code permissions.deny[0]}
 */
public record RuleEntry(PermissionRule rule, Behavior behavior, String file, SettingsScope scope, String path,
        int line, int column) {

    @Override
    public String toString() {
        return behavior.key() + " " + rule + " (" + file + ":" + line + ":" + column + ")";
    }
}
