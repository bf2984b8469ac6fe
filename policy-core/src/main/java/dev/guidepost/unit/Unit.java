package dev.guidepost.unit;

import java.util.List;
import java.util.Map;

/**
 * One thing a rule checks at a time (see {@link UnitKind}): the repository, a file, a settings
 * folder, a project or a Django app.
 *
 * @param folder the folder relative paths resolve against ("" for the repository root); for a
 *     file unit, the file's path
 * @param project the folder of the project the unit belongs to ("" for the root); for a Django
 *     app, the Django project around it
 * @param placeholders the values of {@code {project}}, {@code {app}}, … for this unit (the lazily
 *     found {@code {settings}} is not among them)
 * @param nested the folders of other units of the same kind inside this one (a Django app inside
 *     another app's folder): their files belong to them, not to this unit
 */
public record Unit(String folder, String project, Map<String, String> placeholders, List<String> nested) {

    public Unit {
        placeholders = Map.copyOf(placeholders);
        nested = List.copyOf(nested);
    }

    public Unit(String folder, String project, Map<String, String> placeholders) {
        this(folder, project, placeholders, List.of());
    }

    /** True when a path lies in one of the nested units rather than in this one. */
    public boolean inNested(String path) {
        for (String folder : nested) {
            if (path.startsWith(folder + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The folder as a report location: "." for the root. */
    public String displayFolder() {
        return folder.isEmpty() ? "." : folder;
    }
}
