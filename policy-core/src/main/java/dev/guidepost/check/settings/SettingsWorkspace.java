package dev.guidepost.check.settings;

import dev.guidepost.engine.Parser;
import dev.guidepost.engine.WorkspaceSubject;
import dev.guidepost.report.Location;
import dev.guidepost.unit.Units;
import dev.guidepost.workspace.WorkspaceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Claude Code settings of a workspace as one rule run sees them: every
 * {@code .claude/settings.json} and {@code .claude/settings.local.json} at any depth, grouped by
 * the folder that holds the {@code .claude/} folder, plus the optional user settings file of the
 * request. Files are parsed once per run, whatever the number of rules.
 */
public final class SettingsWorkspace {

    /** The names of the settings files inside a {@code .claude/} folder, in increasing precedence. */
    public static final List<String> FILE_NAMES = Units.SETTINGS_FILE_NAMES;

    /** Parses a settings file once per run for every settings rule. */
    public static final Parser<SettingsDocument> PARSER =
            (file, text, worker) -> SettingsDocument.of(file.path(), SettingsScope.ofFileName(file.path()), text, true);

    private final Map<String, SettingsFolder> folders;
    private final Optional<SettingsDocument> user;
    private final Path root;

    private SettingsWorkspace(Map<String, SettingsFolder> folders, Optional<SettingsDocument> user, Path root) {
        this.folders = folders;
        this.user = user;
        this.root = root;
    }

    /** Finds and parses the settings files of {@code subject}'s workspace and its user settings file. */
    public static SettingsWorkspace read(WorkspaceSubject subject) {
        Map<String, List<SettingsDocument>> byFolder = new TreeMap<>();
        for (WorkspaceFile file : subject.workspace().files()) {
            Optional<String> folder = folderOf(file.path());
            if (folder.isPresent()) {
                subject.parsed(file, PARSER).ifPresent(document ->
                        byFolder.computeIfAbsent(folder.get(), f -> new ArrayList<>()).add(document));
            }
        }
        Map<String, SettingsFolder> folders = new TreeMap<>();
        byFolder.forEach((folder, documents) -> {
            List<SettingsDocument> ordered = new ArrayList<>(documents);
            ordered.sort(java.util.Comparator.comparing(SettingsDocument::scope));
            folders.put(folder, new SettingsFolder(folder, ordered));
        });
        Optional<SettingsDocument> user = subject.options().userSettings().flatMap(path -> readUser(path, subject));
        return new SettingsWorkspace(folders, user, subject.workspace().root());
    }

    /**
     * The folder whose {@code .claude/} holds {@code path}, when {@code path} is a settings file:
     * {@code backend/.claude/settings.json} gives {@code backend}.
     */
    public static Optional<String> folderOf(String path) {
        return Units.settingsFolderOf(path);
    }

    private static Optional<SettingsDocument> readUser(Path path, WorkspaceSubject subject) {
        try {
            return Optional.of(SettingsDocument.read(path, path.toString(), SettingsScope.USER));
        } catch (RuntimeException e) {
            subject.note(".", "user settings file " + path + " cannot be read (" + e.getMessage()
                    + "); checked without it");
            return Optional.empty();
        }
    }

    /** Folders with at least one settings file, sorted. */
    public List<SettingsFolder> folders() {
        return List.copyOf(folders.values());
    }

    /** The folder's settings; a folder without any has none. */
    public SettingsFolder folder(String folder) {
        return folders.getOrDefault(folder, new SettingsFolder(folder, List.of()));
    }

    /**
     * The folder Claude Code is assumed to be started in for a project at {@code projectFolder}:
     * the nearest folder at or above it that has settings files; the project folder itself when
     * no folder on the way up has any.
     */
    public SettingsFolder governing(String projectFolder) {
        String folder = projectFolder;
        while (true) {
            SettingsFolder found = folders.get(folder);
            if (found != null) {
                return found;
            }
            if (folder.isEmpty()) {
                return new SettingsFolder(projectFolder, List.of());
            }
            int slash = folder.lastIndexOf('/');
            folder = slash < 0 ? "" : folder.substring(0, slash);
        }
    }

    /** The user settings file, when the request gave one that could be read. */
    public Optional<SettingsDocument> user() {
        return user;
    }

    /** The effective permissions of Claude Code started in {@code folder}. */
    public PermissionSet permissions(SettingsFolder folder) {
        return folder.permissions(user, context(folder.folder()));
    }

    /** Where relative path rules of {@code folder} are anchored. */
    public PathContext context(String folder) {
        String project = root.resolve(folder).toAbsolutePath().normalize().toString().replace('\\', '/');
        String home = System.getProperty("user.home", "/home/user").replace('\\', '/');
        return new PathContext(project.length() > 1 && project.endsWith("/") ? project.substring(0, project.length() - 1)
                : project, home);
    }

    /** The range of a rule entry's string in its file, or null when the file is not in the repository. */
    public Location locate(RuleEntry entry) {
        for (SettingsFolder folder : folders.values()) {
            for (SettingsDocument document : folder.documents()) {
                if (document.path().equals(entry.file())) {
                    return document.span(entry.line(), entry.column());
                }
            }
        }
        return null;
    }
}
