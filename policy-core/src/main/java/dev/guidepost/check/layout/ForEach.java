package dev.guidepost.check.layout;

import dev.guidepost.workspace.Project;
import dev.guidepost.workspace.ProjectKind;
import dev.guidepost.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** The units of a workspace, in path order. */
    public List<Unit> units(Workspace workspace) {
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
                for (Project app : workspace.projects(ProjectKind.DJANGO_APP)) {
                    if (skipped(app.path())) {
                        continue;
                    }
                    innermost(projects, app.path())
                            .filter(p -> !p.path().equals(app.path()))
                            .filter(p -> !packagedSeparately(workspace, p, app.path()))
                            .ifPresent(project ->
                            units.add(new Unit(app.path(), project.path(),
                                    Map.of("project", project.path(), "app", app.path()))));
                }
            }
            default -> {
                for (Project project : workspace.projects(kind.get())) {
                    units.add(new Unit(project.path(), project.path(), Map.of("project", project.path())));
                }
            }
        }
        return units;
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

    /** True when a folder lies in test or vendored code. */
    static boolean skipped(String folder) {
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
