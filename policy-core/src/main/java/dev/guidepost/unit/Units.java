package dev.guidepost.unit;

import dev.guidepost.workspace.Project;
import dev.guidepost.workspace.ProjectKind;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The units of one run: for each {@link UnitKind}, the things a rule with that {@code for-each}
 * checks one at a time, worked out once per run for every rule and target. Thread-safe.
 *
 * <p><b>Which projects count.</b> A project of any kind, and a Django app, whose folder lies in a
 * test folder ({@code tests/}, {@code test/}, {@code testing/}: test data such as the test-only
 * project of a reusable app) or in vendored code ({@code vendor/}, {@code vendored/},
 * {@code third_party/}, {@code thirdparty/}, {@code external/}, {@code site-packages/},
 * {@code dist-packages/}) is not a unit, for every target. A Django app belongs to the innermost
 * Django project around it; an {@code apps.py} outside every Django project (a reusable app's own
 * repository) is not a unit, so a repository without a Django project gets no per-app findings.
 * An app inside a separately packaged Python distribution below the project folder (its own
 * {@code pyproject.toml} or {@code setup.py}) is a reusable app and not a unit.
 *
 * <p>An app is a folder with {@code apps.py}, or a package with models ({@code models.py} or a
 * {@code models/} package) that has migrations or lies in no other app: Django does not need
 * {@code apps.py}, and many projects list such packages in {@code INSTALLED_APPS} as they are.
 * The package that holds the project's settings is the project's configuration, not an app, even
 * with an {@code apps.py} in it. An app inside another app's folder is a unit of its own, and
 * its files are not the outer app's.
 *
 * <p>Settings folders are the repository root and every folder whose {@code .claude/} holds a
 * readable {@code settings.json} or {@code settings.local.json}. Files are every file of the
 * workspace, each its own unit.
 */
public final class Units {

    /** Folder names that hold test data or someone else's code; a project inside one does not count. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of("tests", "test", "testing", "vendor", "vendored",
            "third_party", "thirdparty", "external", "site-packages", "dist-packages");

    /** The names of the settings files inside a {@code .claude/} folder, in increasing precedence. */
    public static final List<String> SETTINGS_FILE_NAMES = List.of("settings.json", "settings.local.json");
    /** {@code .claude/} and each of {@link #SETTINGS_FILE_NAMES}. */
    private static final List<String> SETTINGS_SUFFIXES = SETTINGS_FILE_NAMES.stream().map(name -> ".claude/" + name).toList();

    private final Workspace workspace;
    private final Function<WorkspaceFile, Optional<String>> text;
    private final Map<UnitKind, List<Unit>> units = new EnumMap<>(UnitKind.class);
    private final Map<String, Optional<String>> settings = new HashMap<>();
    /** Every file and folder path in {@link #pathOrder}, once asked for (guarded by this). */
    private List<String> paths;

    /**
     * @param text reads a file's text (empty when unreadable); used for {@code manage.py} and to
     *     tell readable settings files
     */
    public Units(Workspace workspace, Function<WorkspaceFile, Optional<String>> text) {
        this.workspace = workspace;
        this.text = text;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The units of a kind, in path order. */
    public synchronized List<Unit> of(UnitKind kind) {
        List<Unit> found = units.get(kind);
        if (found == null) {
            found = List.copyOf(compute(kind));
            units.put(kind, found);
        }
        return found;
    }

    /**
     * Every file and folder path of the workspace in {@link #pathOrder}, so that the paths under a
     * folder are the run right after it: sorted once per run, for every layout rule that looks
     * paths up.
     */
    public synchronized List<String> paths() {
        if (paths == null) {
            String[] all = new String[workspace.directories().size() + workspace.files().size()];
            int i = 0;
            for (String folder : workspace.directories()) {
                all[i++] = folder;
            }
            for (WorkspaceFile file : workspace.files()) {
                all[i++] = file.path();
            }
            Arrays.sort(all, Units::pathOrder);
            paths = List.of(all);
        }
        return paths;
    }

    /** The Django projects that count (see the class comment), in path order. */
    public List<Project> djangoProjects() {
        return projects(ProjectKind.DJANGO_PROJECT);
    }

    /** The projects of a kind that count (see the class comment), in path order. */
    public List<Project> projects(ProjectKind kind) {
        return workspace.projects(kind).stream().filter(p -> !skipped(p.path())).toList();
    }

    /** The settings path of the Django project at {@code project}, see {@link DjangoSettings}. */
    public synchronized Optional<String> settings(String project) {
        Optional<String> found = settings.get(project);
        if (found == null) {
            found = DjangoSettings.locate(workspace, project, text);
            settings.put(project, found);
        }
        return found;
    }

    /** True when a folder (relative to the root, or to a project) lies in test or vendored code. */
    public static boolean skipped(String folder) {
        if (folder.isEmpty()) {
            return false;
        }
        for (String segment : folder.split("/")) {
            if (SKIPPED_FOLDERS.contains(segment)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folder whose {@code .claude/} holds {@code path}, when {@code path} is a settings file:
     * {@code backend/.claude/settings.json} gives {@code backend}.
     */
    public static Optional<String> settingsFolderOf(String path) {
        // asked of every file by every settings rule: no string is made for a file that is none
        if (!path.endsWith(".json")) {
            return Optional.empty();
        }
        for (int i = 0; i < SETTINGS_SUFFIXES.size(); i++) {
            String suffix = SETTINGS_SUFFIXES.get(i);
            if (path.equals(suffix)) {
                return Optional.of("");
            }
            int folderEnd = path.length() - suffix.length() - 1;
            if (folderEnd >= 0 && path.endsWith(suffix) && path.charAt(folderEnd) == '/') {
                return Optional.of(path.substring(0, folderEnd));
            }
        }
        return Optional.empty();
    }

    private List<Unit> compute(UnitKind kind) {
        List<Unit> out = new ArrayList<>();
        switch (kind) {
            case FILE -> {
                for (WorkspaceFile file : workspace.files()) {
                    out.add(new Unit(file.path(), "", Map.of("project", "")));
                }
            }
            case REPO -> out.add(new Unit("", "", Map.of("project", "")));
            case SETTINGS_FOLDER -> {
                TreeSet<String> folders = new TreeSet<>();
                folders.add("");
                for (WorkspaceFile file : workspace.files()) {
                    settingsFolderOf(file.path()).filter(f -> text.apply(file).isPresent()).ifPresent(folders::add);
                }
                for (String folder : folders) {
                    out.add(new Unit(folder, folder, Map.of("project", folder)));
                }
            }
            case DJANGO_APP -> {
                return djangoApps();
            }
            default -> {
                for (Project project : projects(kind.projectKind().orElseThrow())) {
                    out.add(new Unit(project.path(), project.path(), Map.of("project", project.path())));
                }
            }
        }
        return out;
    }

    private List<Unit> djangoApps() {
        List<Project> projects = djangoProjects();
        List<Unit> apps = new ArrayList<>();
        for (String app : appFolders()) {
            innermost(projects, app)
                    .filter(p -> !p.path().equals(app))
                    .filter(p -> !packagedSeparately(p, app))
                    .filter(p -> !holdsSettings(app, settings(p.path())))
                    .ifPresent(project -> apps.add(new Unit(app, project.path(),
                            Map.of("project", project.path(), "app", app))));
        }
        return withNested(apps);
    }

    /**
     * The folders that are Django apps, in path order, test and vendored folders aside: those
     * with {@code apps.py}, and packages with models that have migrations or lie in no other app.
     */
    private List<String> appFolders() {
        TreeSet<String> declared = new TreeSet<>(Units::pathOrder);
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
            return parent(file.directory());
        }
        return null;
    }

    /** True when the project's settings module or package lies directly in this folder. */
    private static boolean holdsSettings(String folder, Optional<String> settings) {
        return settings.isPresent() && folder.equals(parent(settings.get()));
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

    /**
     * True when the app lies in a Python package of its own inside the Django project (a folder
     * with {@code pyproject.toml} or {@code setup.py} below the project folder): a reusable app
     * developed in the same repository, with the layout of a distributable package.
     */
    private boolean packagedSeparately(Project django, String app) {
        for (String folder = app; folder != null && folder.length() > django.path().length(); folder = parent(folder)) {
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

    /** Path order where '/' sorts before every other character, keeping a folder's contents together. */
    public static int pathOrder(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return (x == '/' ? 0 : x + 1) - (y == '/' ? 0 : y + 1);
            }
        }
        return a.length() - b.length();
    }

    /** The folder above, or null above the root. */
    static String parent(String folder) {
        if (folder.isEmpty()) {
            return null;
        }
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }
}
