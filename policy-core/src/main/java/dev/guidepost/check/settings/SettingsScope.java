package dev.guidepost.check.settings;

/** Which settings file a rule comes from, in increasing precedence. */
public enum SettingsScope {
    /** {@code ~/.claude/settings.json}. */
    USER,
    /** {@code .claude/settings.json}, shared through version control. */
    PROJECT,
    /** {@code .claude/settings.local.json}, personal. */
    LOCAL;

    /** The scope a settings file name implies: {@code settings.local.json} is LOCAL, else PROJECT. */
    public static SettingsScope ofFileName(String path) {
        return path.endsWith("settings.local.json") ? LOCAL : PROJECT;
    }
}
