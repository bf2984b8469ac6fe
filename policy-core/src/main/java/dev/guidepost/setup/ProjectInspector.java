package dev.guidepost.setup;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.guidepost.check.layout.DeclaredDependencies;
import dev.guidepost.check.layout.PytestConfig;
import dev.guidepost.unit.DjangoSettings;
import dev.guidepost.unit.Unit;
import dev.guidepost.unit.UnitKind;
import dev.guidepost.unit.Units;
import dev.guidepost.workspace.ProjectKind;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the {@link DjangoProjectFacts} of every Django project of a workspace, with the functions
 * the checks use for the same questions: which projects and apps count ({@link Units}), where
 * the settings are ({@link DjangoSettings}), which pytest configuration is in effect
 * ({@link PytestConfig}) and what the project declares ({@link DeclaredDependencies}). Reads files
 * from disk once each; used by one thread.
 */
public final class ProjectInspector {

    private static final Pattern ENGINE = Pattern.compile(
            "django\\.(?:contrib\\.gis\\.)?db\\.backends\\.(postgresql_psycopg2|postgresql|postgis|mysql|sqlite3|oracle|spatialite)"
                    + "|\\b(postgres(?:ql)?|postgis|mysql|mariadb|sqlite)://|\\bimage:\\s*['\"]?(postgres|postgis/postgis|mysql|mariadb)\\b");
    private static final Pattern DRF_IMPORT = Pattern.compile("(?m)^[ \\t]*(from|import)[ \\t]+rest_framework\\b|['\"]rest_framework['\"]");
    private static final Pattern FACTORY_IMPORT = Pattern.compile("(?m)^[ \\t]*(import factory\\b|from factory(\\.django)? import)");
    private static final Pattern SIGNALS = Pattern.compile(
            "(?m)^[ \\t]*from[ \\t]+django\\.(dispatch|db\\.models\\.signals)[ \\t]+import|@receiver\\(");
    private static final Pattern CELERY = Pattern.compile("(?m)^[ \\t]*(from[ \\t]+celery\\b|import[ \\t]+celery\\b)|@shared_task\\b");

    private final Workspace workspace;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    public ProjectInspector(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The facts of every Django project the checks consider, in path order. */
    public List<DjangoProjectFacts> inspect() {
        Units units = new Units(workspace, this::text);
        List<Unit> projects = units.of(UnitKind.DJANGO_PROJECT);
        List<Unit> apps = units.of(UnitKind.DJANGO_APP);
        List<DjangoProjectFacts> out = new ArrayList<>();
        for (Unit project : projects) {
            out.add(inspect(units, project.folder(), apps.stream().filter(a -> a.project().equals(project.folder()))
                    .map(Unit::folder).toList()));
        }
        return out;
    }

    private DjangoProjectFacts inspect(Units units, String folder, List<String> apps) {
        Optional<String> settingsPath = units.settings(folder);
        Optional<String> managed = workspace.file(CommandStyle.join(folder, "manage.py")).flatMap(this::text)
                .flatMap(DjangoSettings::moduleOf);
        Optional<String> module = managed.isPresent() ? managed : settingsPath.map(p -> moduleOf(folder, p));
        List<String> modules = new ArrayList<>();
        if (settingsPath.isPresent() && workspace.isDirectory(settingsPath.get())) {
            for (WorkspaceFile file : workspace.filesUnder(settingsPath.get())) {
                if (file.directory().equals(settingsPath.get()) && file.name().endsWith(".py")
                        && !file.name().equals("__init__.py")) {
                    modules.add(file.name().substring(0, file.name().length() - 3));
                }
            }
        }
        Set<String> dependencies = DeclaredDependencies.ofProject(workspace, folder,
                file -> text(file).map(t -> DeclaredDependencies.read(file.path(), t)).orElse(Set.of()));
        Optional<PytestConfig> pytestConfig = PytestConfig.inEffect(workspace, folder,
                file -> text(file).flatMap(t -> PytestConfig.read(file.path(), t)));
        boolean conftest = workspace.filesUnder(folder).stream().anyMatch(f -> f.name().equals("conftest.py"));
        boolean pytest = pytestConfig.isPresent() || conftest || dependencies.contains("pytest")
                || dependencies.contains("pytest-django");
        List<String> databases = new ArrayList<>();
        Optional<String> evidence = databases(folder, settingsPath, dependencies, databases);
        List<WorkspaceFile> python = ownPython(folder);
        return new DjangoProjectFacts(folder, name(folder), apps, settingsPath, module, modules, databases, evidence,
                pytest, pytestConfig.map(PytestConfig::path), pytestConfig.flatMap(ProjectInspector::settingsModuleOf),
                CommandStyle.detect(workspace, folder, this::text),
                dependencies.contains("djangorestframework") || any(python, DRF_IMPORT),
                dependencies.contains("factory-boy") || any(python, FACTORY_IMPORT),
                any(python, SIGNALS),
                dependencies.contains("celery") || any(python, CELERY),
                folderAt(folder, "templates"), folderAt(folder, "static"));
    }

    /** The module name of a settings path inside the project ({@code config/settings} gives config.settings). */
    private static String moduleOf(String folder, String path) {
        String relative = folder.isEmpty() ? path : path.substring(folder.length() + 1);
        if (relative.startsWith("src/")) {
            relative = relative.substring(4);
        }
        return relative.replace('/', '.');
    }

    /** The engines the settings name (the first non-SQLite one first), else those the dependencies imply. */
    private Optional<String> databases(String folder, Optional<String> settingsPath, Set<String> dependencies,
            List<String> out) {
        List<WorkspaceFile> candidates = new ArrayList<>();
        if (settingsPath.isPresent()) {
            workspace.file(settingsPath.get() + ".py").ifPresent(candidates::add);
            if (workspace.isDirectory(settingsPath.get())) {
                candidates.addAll(workspace.filesUnder(settingsPath.get()).stream()
                        .filter(f -> f.name().endsWith(".py")).toList());
            }
        }
        for (String name : List.of(".env.example", ".env.sample", ".env.template", "docker-compose.yml",
                "docker-compose.yaml", "compose.yaml", "compose.yml")) {
            workspace.file(CommandStyle.join(folder, name)).ifPresent(candidates::add);
        }
        Map<String, String> found = new java.util.LinkedHashMap<>();
        for (WorkspaceFile file : candidates) {
            Optional<String> text = text(file);
            if (text.isEmpty()) {
                continue;
            }
            Matcher m = ENGINE.matcher(text.get());
            while (m.find()) {
                String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                found.putIfAbsent(engineName(raw), file.path());
            }
        }
        if (found.isEmpty()) {
            if (dependencies.stream().anyMatch(d -> d.startsWith("psycopg"))) {
                found.put("PostgreSQL", "");
            } else if (dependencies.contains("mysqlclient") || dependencies.contains("pymysql")) {
                found.put("MySQL", "");
            }
        }
        List<String> engines = new ArrayList<>(found.keySet());
        engines.sort(java.util.Comparator.comparing(e -> e.equals("SQLite") ? 1 : 0));
        out.addAll(engines);
        return engines.isEmpty() ? Optional.empty() : Optional.of(found.get(engines.get(0))).filter(s -> !s.isEmpty());
    }

    private static String engineName(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgresql_psycopg2", "postgres" -> "PostgreSQL";
            case "postgis", "postgis/postgis" -> "PostgreSQL with PostGIS";
            case "mysql" -> "MySQL";
            case "mariadb" -> "MariaDB";
            case "sqlite3", "sqlite" -> "SQLite";
            case "spatialite" -> "SQLite with SpatiaLite";
            case "oracle" -> "Oracle";
            default -> raw;
        };
    }

    /** The DJANGO_SETTINGS_MODULE a pytest configuration sets (ini option or --ds in addopts). */
    static Optional<String> settingsModuleOf(PytestConfig config) {
        String value = config.options().get("django_settings_module");
        if (value != null && !value.isBlank()) {
            return Optional.of(value.trim());
        }
        String[] tokens = config.options().getOrDefault("addopts", "").split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].startsWith("--ds=")) {
                return Optional.of(tokens[i].substring(5));
            }
            if (tokens[i].equals("--ds") && i + 1 < tokens.length) {
                return Optional.of(tokens[i + 1]);
            }
        }
        return Optional.empty();
    }

    /** The project's Python files outside test and vendored folders and outside nested Django projects. */
    private List<WorkspaceFile> ownPython(String folder) {
        return workspace.filesUnder(folder).stream()
                .filter(f -> f.language().equals("python"))
                .filter(f -> !Units.skipped(f.directory()))
                .filter(f -> workspace.enclosing(f.path(), ProjectKind.DJANGO_PROJECT)
                        .map(p -> p.path().equals(folder)).orElse(false))
                .toList();
    }

    private boolean any(List<WorkspaceFile> files, Pattern pattern) {
        for (WorkspaceFile file : files) {
            Optional<String> text = text(file);
            if (text.isPresent() && pattern.matcher(text.get()).find()) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> folderAt(String folder, String name) {
        String path = CommandStyle.join(folder, name);
        return workspace.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }

    private String name(String folder) {
        if (!folder.isEmpty()) {
            return folder.substring(folder.lastIndexOf('/') + 1);
        }
        java.nio.file.Path name = workspace.root().getFileName();
        return name == null ? "project" : name.toString();
    }

    /** A file's text, read once (empty when unreadable or larger than a megabyte). */
    Optional<String> text(WorkspaceFile file) {
        return texts.computeIfAbsent(file.path(), p -> {
            if (file.size() > 1_000_000) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(file.absolutePath()));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** Collects distinct values in order. */
    static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
