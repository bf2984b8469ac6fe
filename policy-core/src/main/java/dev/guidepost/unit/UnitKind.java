package dev.guidepost.unit;

import dev.guidepost.workspace.ProjectKind;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule checks one at a time, the values of {@code for-each}: each file, the repository,
 * each folder Claude Code settings apply to, or each project of a kind. One vocabulary for every
 * target; each target accepts the kinds that make sense for it.
 */
public enum UnitKind {
    FILE(null),
    REPO(null),
    SETTINGS_FOLDER(null),
    DJANGO_PROJECT(ProjectKind.DJANGO_PROJECT),
    DJANGO_APP(ProjectKind.DJANGO_APP),
    NODE(ProjectKind.NODE),
    MAVEN(ProjectKind.MAVEN),
    GO(ProjectKind.GO),
    PYTHON(ProjectKind.PYTHON);

    private final ProjectKind project;

    UnitKind(ProjectKind project) {
        this.project = project;
    }

    /** The value used in policies: {@code repo}, {@code django-app}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind of project each unit is, when units are projects. */
    public Optional<ProjectKind> projectKind() {
        return Optional.ofNullable(project);
    }

    /** The placeholders a path of a rule over such units may use ({@code {project}}, …). */
    public Set<String> placeholders() {
        return switch (this) {
            case DJANGO_PROJECT -> Set.of("project", "settings");
            case DJANGO_APP -> Set.of("project", "app", "settings");
            default -> Set.of("project");
        };
    }

    /** Parses a label such as {@code django-app}. */
    public static Optional<UnitKind> parse(String label) {
        for (UnitKind kind : values()) {
            if (kind.label().equals(label)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
