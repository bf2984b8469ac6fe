package dev.guidepost.check.layout;

import java.util.Map;

/**
 * One thing a layout rule runs for: the repository, a project or a Django app.
 *
 * @param folder the folder relative paths resolve against ("" for the repository root)
 * @param project the folder of the project the unit belongs to ("" for the root); for a Django
 *     app, the Django project around it
 * @param placeholders the values of {@code {project}}, {@code {app}}, … for this unit (the lazily
 *     found {@code {settings}} is not among them)
 */
public record Unit(String folder, String project, Map<String, String> placeholders) {

    public Unit {
        placeholders = Map.copyOf(placeholders);
    }

    /** The folder as a report location: "." for the root. */
    public String displayFolder() {
        return folder.isEmpty() ? "." : folder;
    }
}
