package dev.guidepost.setup;

import java.util.List;
import java.util.Optional;

/**
 * What {@code guidepost init} and {@code check --fix} know about one Django project, found in the
 * repository by the same functions the checks use. Paths are relative to the repository root.
 *
 * @param folder the folder holding {@code manage.py} ("" for the root)
 * @param name the project's name as a title (the folder's name)
 * @param apps the project's Django apps, in path order
 * @param settingsPath the settings package folder or module path without {@code .py}
 * @param settingsModule the module {@code manage.py} names as default, else one derived from
 *     {@link #settingsPath}
 * @param settingsModules the modules of a split settings package ({@code base}, {@code local}, …)
 * @param databases the database engines named in the settings or the dependencies, main one first
 * @param databaseEvidence the file the main engine was found in
 * @param pytest true when the tests run with pytest, false for Django's own runner
 * @param pytestConfig the pytest configuration file in effect, if any
 * @param pytestSettingsModule the {@code DJANGO_SETTINGS_MODULE} that configuration sets
 * @param style how the project types its commands
 * @param drf, factories, signals, celery which of these the project uses
 * @param templates, staticFiles the project-level templates and static folders, if any
 */
public record DjangoProjectFacts(String folder, String name, List<String> apps, Optional<String> settingsPath,
        Optional<String> settingsModule, List<String> settingsModules, List<String> databases,
        Optional<String> databaseEvidence, boolean pytest, Optional<String> pytestConfig,
        Optional<String> pytestSettingsModule, CommandStyle style, boolean drf, boolean factories, boolean signals,
        boolean celery, Optional<String> templates, Optional<String> staticFiles) {

    public DjangoProjectFacts {
        apps = List.copyOf(apps);
        settingsModules = List.copyOf(settingsModules);
        databases = List.copyOf(databases);
    }

    /** A path of the project shown relative to the project folder. */
    public String relative(String path) {
        if (folder.isEmpty()) {
            return path;
        }
        return path.equals(folder) ? "." : path.startsWith(folder + "/") ? path.substring(folder.length() + 1) : path;
    }

    /** The folder as shown to people: "the repository root" or the path. */
    public String where() {
        return folder.isEmpty() ? "the repository root" : "`" + folder + "/`";
    }

    /** True when the settings are a package (split into modules) rather than one module. */
    public boolean splitSettings() {
        return !settingsModules.isEmpty();
    }
}
