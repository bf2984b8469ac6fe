package dev.guidepost.workspace;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checked repository as scanned once: its files (ignored ones left out), its folders and
 * the sub-projects found in it. Immutable; paths are relative to the root and '/'-separated.
 */
public final class Workspace {

    private final Path root;
    private final List<WorkspaceFile> files;
    private final Map<String, WorkspaceFile> byPath;
    private final Set<String> directories;
    private final List<Project> projects;

    public Workspace(Path root, List<WorkspaceFile> files, Set<String> directories, List<Project> projects) {
        this.root = root;
        this.files = files.stream().sorted(Comparator.comparing(WorkspaceFile::path)).toList();
        this.byPath = this.files.stream().collect(Collectors.toUnmodifiableMap(WorkspaceFile::path, Function.identity()));
        this.directories = Set.copyOf(directories);
        this.projects = projects.stream()
                .sorted(Comparator.comparing(Project::path).thenComparing(Project::kind)).toList();
    }

    /** The repository root, absolute and normalised. */
    public Path root() {
        return root;
    }

    /** Every file, sorted by path. */
    public List<WorkspaceFile> files() {
        return files;
    }

    public Optional<WorkspaceFile> file(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** True when a file or folder exists at {@code path} (not ignored). */
    public boolean exists(String path) {
        return byPath.containsKey(path) || directories.contains(path);
    }

    public boolean isDirectory(String path) {
        return directories.contains(path);
    }

    /** Every folder that holds at least one file that was not ignored. */
    public Set<String> directories() {
        return directories;
    }

    /** Every sub-project, sorted by folder then kind. */
    public List<Project> projects() {
        return projects;
    }

    public List<Project> projects(ProjectKind kind) {
        return projects.stream().filter(p -> p.kind() == kind).toList();
    }

    /**
     * The innermost project that {@code path} belongs to, Django apps aside (a finding in an app
     * belongs to the Django project around it). Empty for files outside every project.
     */
    public Optional<Project> projectOf(String path) {
        Project best = null;
        for (Project project : projects) {
            if (project.kind() != ProjectKind.DJANGO_APP && project.contains(path)
                    && (best == null || project.path().length() > best.path().length())) {
                best = project;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The innermost project of the given kind around {@code path}. */
    public Optional<Project> enclosing(String path, ProjectKind kind) {
        Project best = null;
        for (Project project : projects) {
            if (project.kind() == kind && project.contains(path)
                    && (best == null || project.path().length() > best.path().length())) {
                best = project;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The files under a folder ("" for all). */
    public List<WorkspaceFile> filesUnder(String folder) {
        if (folder.isEmpty()) {
            return files;
        }
        String prefix = folder + "/";
        return files.stream().filter(f -> f.path().startsWith(prefix)).toList();
    }
}
