package dev.guidepost.workspace;

import java.util.Locale;
import java.util.Optional;

/** A kind of sub-project, recognised by the file that marks its root. */
public enum ProjectKind {
    DJANGO_PROJECT("manage.py"),
    DJANGO_APP("apps.py"),
    NODE("package.json"),
    MAVEN("pom.xml"),
    GO("go.mod"),
    PYTHON("pyproject.toml");

    private final String marker;

    ProjectKind(String marker) {
        this.marker = marker;
    }

    /** The file whose presence makes a folder a project of this kind. */
    public String marker() {
        return marker;
    }

    /** The name used in policies and reports: {@code django-project}, {@code node}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a label such as {@code django-app}. */
    public static Optional<ProjectKind> parse(String label) {
        for (ProjectKind kind : values()) {
            if (kind.label().equals(label)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
