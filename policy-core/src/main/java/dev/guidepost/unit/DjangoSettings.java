package dev.guidepost.unit;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds where a Django project keeps its settings: the module {@code manage.py} names as the
 * default {@code DJANGO_SETTINGS_MODULE} (looked up in the project folder and in its {@code src/}; a module named like an environment,
 * such as {@code config.django.base}, stands for its package),
 * else the shallowest {@code settings/} package, else the shallowest {@code settings.py}, test and
 * vendored folders aside. The answer is a path without {@code .py}: a settings package folder
 * ({@code config/settings}) or a single module ({@code mysite/settings}, meaning
 * {@code mysite/settings.py}).
 */
public final class DjangoSettings {

    private static final Pattern DEFAULT_MODULE = Pattern.compile(
            "DJANGO_SETTINGS_MODULE['\"]\\s*(?:,|\\]\\s*=)\\s*['\"]([A-Za-z_][A-Za-z0-9_.]*)['\"]");
    private static final List<String> SETTINGS_FOLDER_NAMES = List.of("settings", "conf", "config", "configs");
    /** Module names that only make sense as one environment of a split settings package. */
    private static final List<String> ENVIRONMENT_NAMES = List.of("base", "common", "default", "defaults", "local",
            "dev", "develop", "development", "prod", "production", "staging", "test", "tests", "testing", "ci");

    private DjangoSettings() {
    }

    /** The settings module named in a {@code manage.py} text, if any. */
    public static Optional<String> moduleOf(String managePy) {
        Matcher m = DEFAULT_MODULE.matcher(managePy);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The settings path of the Django project at {@code project}.
     *
     * @param text reads a file's text (empty when unreadable)
     */
    public static Optional<String> locate(Workspace workspace, String project, Function<WorkspaceFile, Optional<String>> text) {
        Optional<String> module = workspace.file(join(project, "manage.py")).flatMap(text).flatMap(DjangoSettings::moduleOf);
        if (module.isPresent()) {
            String relative = module.get().replace('.', '/');
            for (String base : List.of(project, join(project, "src"))) {
                Optional<String> found = resolve(workspace, join(base, relative));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return fallback(workspace, project);
    }

    private static Optional<String> resolve(Workspace workspace, String path) {
        if (workspace.isDirectory(path)) {
            return Optional.of(path);
        }
        if (!workspace.file(path + ".py").isPresent()) {
            return Optional.empty();
        }
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        String parent = slash < 0 ? "" : path.substring(0, slash);
        String parentName = parent.substring(parent.lastIndexOf('/') + 1);
        if (!name.equals("settings") && (SETTINGS_FOLDER_NAMES.contains(parentName) || ENVIRONMENT_NAMES.contains(name))) {
            return Optional.of(parent);
        }
        return Optional.of(path);
    }

    private static Optional<String> fallback(Workspace workspace, String project) {
        Comparator<String> shallowFirst = Comparator.<String>comparingInt(p -> p.split("/").length)
                .thenComparing(Comparator.naturalOrder());
        List<WorkspaceFile> files = workspace.filesUnder(project);
        Optional<String> packageFolder = files.stream()
                .filter(f -> f.name().equals("__init__.py") && f.directory().endsWith("settings")
                        && (f.directory().equals("settings") || f.directory().endsWith("/settings")))
                .map(WorkspaceFile::directory)
                .filter(d -> !Units.skipped(relative(project, d)))
                .min(shallowFirst);
        if (packageFolder.isPresent()) {
            return packageFolder;
        }
        return files.stream()
                .filter(f -> f.name().equals("settings.py") && !Units.skipped(relative(project, f.directory())))
                .map(f -> f.path().substring(0, f.path().length() - 3))
                .min(shallowFirst);
    }

    private static String relative(String project, String path) {
        return project.isEmpty() ? path : path.length() > project.length() ? path.substring(project.length() + 1) : "";
    }

    private static String join(String folder, String path) {
        return folder.isEmpty() ? path : folder + "/" + path;
    }
}
