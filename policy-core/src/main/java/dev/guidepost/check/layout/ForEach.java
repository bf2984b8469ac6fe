package dev.guidepost.check.layout;

import dev.guidepost.workspace.Project;
import dev.guidepost.workspace.ProjectKind;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a layout rule runs for ({@code for-each}): the repository once, every Django project,
 * every Django app, or every project of another kind.
 *
 * <p>Django projects and apps that live in test folders ({@code tests/}, {@code test/},
 * {@code testing/}: test-only projects of reusable apps) or in vendored code ({@code vendor/},
 * {@code vendored/}, {@code third_party/}, {@code thirdparty/}, {@code external/},
 * {@code site-packages/}, {@code dist-packages/}) are left out. A Django app belongs to the
 * innermost Django project around it; an {@code apps.py} outside every Django project (a
 * reusable app's own repository) is not a unit, so a repository without a Django project gets no
 * per-app findings. An app inside a separately packaged Python distribution below the project
 * folder (its own {@code pyproject.toml} or {@code setup.py}) is a reusable app and not a unit.
 *
 * <p>An app is a folder with {@code apps.py}, or a package with models ({@code models.py} or a
 * {@code models/} package) that has migrations or lies in no other app: Django does not need
 * {@code apps.py}, and many projects list such packages in {@code INSTALLED_APPS} as they are.
 * The package that holds the project's settings is the project's configuration, not an app, even
 * with an {@code apps.py} in it. An app inside another app's folder is a unit of its own, and
 * its files are not the outer app's.
 *
 * @param kind the project kind, or empty for {@code repo}
 */
public record ForEach(Optional<ProjectKind> kind) {

    static final Set<String> SKIPPED_SEGMENTS = Set.of("tests", "test", "testing", "vendor", "vendored",
            "third_party", "thirdparty", "external", "site-packages", "dist-packages");

    /** The labels {@code for-each} accepts. */
    public static List<String> labels() {
        List<String> labels = new ArrayList<>();
        labels.add("repo");
        for (ProjectKind kind : ProjectKind.values()) {
            labels.add(kind.label());
        }
        return labels;
    }

    public static Optional<ForEach> parse(String label) {
        if (label.equals("repo")) {
            return Optional.of(new ForEach(Optional.empty()));
        }
        return ProjectKind.parse(label).map(kind -> new ForEach(Optional.of(kind)));
    }

    /** The placeholders paths of such a rule may use. */
    public Set<String> placeholders() {
        if (kind.isEmpty()) {
            return Set.of("project");
        }
        return switch (kind.get()) {
            case DJANGO_PROJECT -> Set.of("project", "settings");
            case DJANGO_APP -> Set.of("project", "app", "settings");
            default -> Set.of("project");
        };
    }

    /** The units of a workspace, in path order, reading {@code manage.py} from disk. */
    public List<Unit> units(Workspace workspace) {
        return units(workspace, ForEach::readText);
    }

    /**
     * The units of a workspace, in path order.
     *
     * @param text reads a file's text (empty when unreadable); used for {@code manage.py}
     */
    public List<Unit> units(Workspace workspace, Function<WorkspaceFile, Optional<String>> text) {
        if (kind.isEmpty()) {
            return List.of(new Unit("", "", Map.of("project", "")));
        }
        List<Unit> units = new ArrayList<>();
        switch (kind.get()) {
            case DJANGO_PROJECT -> {
                for (Project project : djangoProjects(workspace)) {
                    units.add(new Unit(project.path(), project.path(), Map.of("project", project.path())));
                }
            }
            case DJANGO_APP -> {
                List<Project> projects = djangoProjects(workspace);
                List<String> apps = appFolders(workspace);
                Map<String, Optional<String>> settings = new java.util.HashMap<>();
                for (String app : apps) {
                    innermost(projects, app)
                            .filter(p -> !p.path().equals(app))
                            .filter(p -> !packagedSeparately(workspace, p, app))
                            .filter(p -> !holdsSettings(app, settings.computeIfAbsent(p.path(),
                                    folder -> DjangoSettings.locate(workspace, folder, text))))
                            .ifPresent(project ->
                            units.add(new Unit(app, project.path(),
                                    Map.of("project", project.path(), "app", app))));
                }
                return withNested(units);
            }
            default -> {
                for (Project project : workspace.projects(kind.get())) {
                    units.add(new Unit(project.path(), project.path(), Map.of("project", project.path())));
                }
            }
        }
        return units;
    }

    /**
     * The folders that are Django apps, in path order, test and vendored folders aside: those
     * with {@code apps.py}, and packages with models that have migrations or lie in no other app.
     */
    private static List<String> appFolders(Workspace workspace) {
        TreeSet<String> declared = new TreeSet<>(PathIndex::compare);
        for (Project app : workspace.projects(ProjectKind.DJANGO_APP)) {
            if (!skipped(app.path())) {
                declared.add(app.path());
            }
        }
        TreeSet<String> all = new TreeSet<>(declared);
        for (WorkspaceFile file : workspace.files()) {
            String folder = modelsPackage(file);
            if (folder == null || folder.isEmpty() || skipped(folder) || all.contains(folder)
                    || workspace.file(folder + "/__init__.py").isEmpty()) {
                continue;
            }
            boolean migrations = workspace.file(folder + "/migrations/__init__.py").isPresent();
            if (migrations || declared.stream().noneMatch(app -> folder.startsWith(app + "/"))) {
                all.add(folder);
            }
        }
        return List.copyOf(all);
    }

    /** The folder a {@code models.py} or {@code models/__init__.py} gives models to, else null. */
    private static String modelsPackage(WorkspaceFile file) {
        String path = file.path();
        if (path.equals("models.py") || path.endsWith("/models.py")) {
            return file.directory();
        }
        if (path.endsWith("/models/__init__.py")) {
            return UnitFacts.parent(file.directory());
        }
        return null;
    }

    /** True when the project's settings module or package lies directly in this folder. */
    private static boolean holdsSettings(String folder, Optional<String> settings) {
        return settings.isPresent() && folder.equals(UnitFacts.parent(settings.get()));
    }

    /** The units with, for each, the folders of the other units inside it. */
    private static List<Unit> withNested(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size());
        for (Unit unit : units) {
            List<String> nested = units.stream().map(Unit::folder)
                    .filter(f -> !unit.folder().isEmpty() && f.startsWith(unit.folder() + "/")).toList();
            out.add(nested.isEmpty() ? unit : new Unit(unit.folder(), unit.project(), unit.placeholders(), nested));
        }
        return out;
    }

    private static Optional<String> readText(WorkspaceFile file) {
        try {
            return Optional.of(Files.readString(file.absolutePath()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The Django projects of a workspace that layout rules consider. */
    static List<Project> djangoProjects(Workspace workspace) {
        return workspace.projects(ProjectKind.DJANGO_PROJECT).stream().filter(p -> !skipped(p.path())).toList();
    }

    /**
     * True when the app lies in a Python package of its own inside the Django project (a folder
     * with {@code pyproject.toml} or {@code setup.py} below the project folder): a reusable app
     * developed in the same repository, with the layout of a distributable package.
     */
    private static boolean packagedSeparately(Workspace workspace, Project django, String app) {
        for (String folder = app; folder != null && folder.length() > django.path().length();
                folder = UnitFacts.parent(folder)) {
            if (workspace.file(folder + "/pyproject.toml").isPresent() || workspace.file(folder + "/setup.py").isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Project> innermost(List<Project> projects, String path) {
        Project best = null;
        for (Project project : projects) {
            if (project.contains(path) && (best == null || project.path().length() > best.path().length())) {
                best = project;
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when a folder lies in test or vendored code (such projects and apps are no units). */
    public static boolean skipped(String folder) {
        if (folder.isEmpty()) {
            return false;
        }
        for (String segment : folder.split("/")) {
            if (SKIPPED_SEGMENTS.contains(segment)) {
                return true;
            }
        }
        return false;
    }
}
