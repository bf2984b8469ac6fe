package dev.guidepost.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On generated Django repositories (one project at the root or several below it; settings split
 * or not; plain, uv, Poetry, Pipenv or Compose commands; pytest configured in any of its files or
 * not at all; DRF, signals and Celery or not; any database), {@code init} writes a setup without
 * a single CLAUDE.md or settings finding, and a second {@code init} changes no byte.
 */
class GeneratedRepositoryInitProperties {

    record ProjectShape(String packageName, boolean split, String launcher, String pytest, List<String> apps,
            boolean drf, boolean signals, String database) {
    }

    @Property(tries = 12)
    void initOnAGeneratedRepositoryLeavesNoSetupFinding(@ForAll("repositories") List<ProjectShape> projects)
            throws IOException {
        Path root = Files.createTempDirectory("guidepost-init");
        try {
            List<String> folders = write(root, projects);
            InitPlan plan = InitChecks.init(root);

            assertThat(plan.projects()).extracting(DjangoProjectFacts::folder).containsExactlyElementsOf(folders);
            assertThat(InitChecks.setupFindings(root)).isEmpty();
            Map<String, String> before = InitChecks.snapshot(root);
            assertThat(InitChecks.init(root).changes()).isEmpty();
            assertThat(InitChecks.snapshot(root)).isEqualTo(before);
        } finally {
            delete(root);
        }
    }

    @Provide
    Arbitrary<List<ProjectShape>> repositories() {
        Arbitrary<ProjectShape> project = Combinators.combine(
                Arbitraries.of("config", "mysite", "core", "shop"),
                Arbitraries.of(true, false),
                Arbitraries.of("plain", "uv", "poetry", "pipenv", "compose"),
                Arbitraries.of("none", "pytest.ini", "pytest.ini-no-dsm", "pyproject", "setup.cfg", "conftest"),
                Arbitraries.of("users", "orders", "billing", "catalog").set().ofMaxSize(3).map(s -> s.stream().sorted().toList()),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of("postgresql", "mysql", "sqlite3", "none")).as(ProjectShape::new);
        return project.list().ofMinSize(1).ofMaxSize(2);
    }

    /** Writes the repository; returns the project folders in path order. */
    static List<String> write(Path root, List<ProjectShape> projects) throws IOException {
        List<String> folders = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            String folder = projects.size() == 1 ? "" : "services/p" + i;
            folders.add(folder);
            writeProject(root.resolve(folder.isEmpty() ? "." : folder).normalize(), projects.get(i));
        }
        return folders;
    }

    private static void writeProject(Path project, ProjectShape shape) throws IOException {
        String pkg = shape.packageName();
        String module = shape.split() ? pkg + ".settings.local" : pkg + ".settings";
        write(project, "manage.py", "#!/usr/bin/env python\nimport os\nimport sys\n\n\ndef main():\n"
                + "    os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"" + module + "\")\n"
                + "    from django.core.management import execute_from_command_line\n"
                + "    execute_from_command_line(sys.argv)\n\n\nif __name__ == \"__main__\":\n    main()\n");
        write(project, pkg + "/__init__.py", "");
        String databases = shape.database().equals("none") ? "DATABASES = {}\n"
                : "DATABASES = {\"default\": {\"ENGINE\": \"django.db.backends." + shape.database() + "\", \"NAME\": \"app\"}}\n";
        StringBuilder installed = new StringBuilder("INSTALLED_APPS = [\"django.contrib.admin\"");
        for (String app : shape.apps()) {
            installed.append(", \"apps.").append(app).append('"');
        }
        if (shape.drf()) {
            installed.append(", \"rest_framework\"");
        }
        installed.append("]\n");
        if (shape.split()) {
            write(project, pkg + "/settings/__init__.py", "");
            write(project, pkg + "/settings/base.py", installed + databases);
            write(project, pkg + "/settings/local.py", "from .base import *  # noqa\nDEBUG = True\n");
            write(project, pkg + "/settings/production.py", "from .base import *  # noqa\nDEBUG = False\n");
        } else {
            write(project, pkg + "/settings.py", installed + databases);
        }
        List<String> requirements = new ArrayList<>(List.of("django>=4.2"));
        if (shape.drf()) {
            requirements.add("djangorestframework");
        }
        switch (shape.pytest()) {
            case "pytest.ini" -> write(project, "pytest.ini", "[pytest]\nDJANGO_SETTINGS_MODULE = " + pkg + ".settings"
                    + (shape.split() ? ".local" : "") + "\n");
            case "pytest.ini-no-dsm" -> write(project, "pytest.ini", "[pytest]\naddopts = -q\n");
            case "pyproject" -> write(project, "pyproject.toml", "[project]\nname = \"x\"\n\n[tool.pytest.ini_options]\n"
                    + "addopts = \"--ds=" + module + "\"\n");
            case "setup.cfg" -> write(project, "setup.cfg", "[tool:pytest]\nDJANGO_SETTINGS_MODULE = " + module + "\n");
            case "conftest" -> {
                write(project, "conftest.py", "import pytest\n");
                requirements.add("pytest-django");
            }
            default -> {
            }
        }
        write(project, "requirements.txt", String.join("\n", requirements) + "\n");
        switch (shape.launcher()) {
            case "uv" -> write(project, "uv.lock", "version = 1\n");
            case "poetry" -> write(project, "poetry.lock", "# lock\n");
            case "pipenv" -> write(project, "Pipfile", "[packages]\ndjango = \"*\"\n");
            case "compose" -> write(project, "docker-compose.yml", "services:\n  db:\n    image: postgres:16\n"
                    + "  app:\n    build: .\n    command: python manage.py runserver 0.0.0.0:8000\n");
            default -> {
            }
        }
        for (String app : shape.apps()) {
            String folder = "apps/" + app + "/";
            write(project, "apps/__init__.py", "");
            write(project, folder + "__init__.py", "");
            write(project, folder + "apps.py", "from django.apps import AppConfig\n\n\nclass Config(AppConfig):\n"
                    + "    name = \"apps." + app + "\"\n");
            write(project, folder + "models.py", "from django.db import models\n\n\nclass Item(models.Model):\n"
                    + "    name = models.CharField(max_length=20)\n");
            write(project, folder + "migrations/__init__.py", "");
            if (shape.drf()) {
                write(project, folder + "api/__init__.py", "");
                write(project, folder + "api/views.py", "from rest_framework import viewsets\n");
            }
            if (shape.signals()) {
                write(project, folder + "signals.py", "from django.db.models.signals import post_save\n"
                        + "from django.dispatch import receiver\n");
            }
        }
    }

    private static void write(Path folder, String relative, String text) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void delete(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
