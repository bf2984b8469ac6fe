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
    private final Map<String, List<WorkspaceFile>> byDirectory;
    private final Set<String> directories;
    private final List<Project> projects;

    public Workspace(Path root, List<WorkspaceFile> files, Set<String> directories, List<Project> projects) {
        this.root = root;
        this.files = files.stream().sorted(Comparator.comparing(WorkspaceFile::path)).toList();
        this.byPath = this.files.stream().collect(Collectors.toUnmodifiableMap(WorkspaceFile::path, Function.identity()));
        this.byDirectory = this.files.stream().collect(Collectors.groupingBy(WorkspaceFile::directory,
                Collectors.toUnmodifiableList()));
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

    /** The files directly in a folder ("" for the root), not in its sub-folders, sorted by path. */
    public List<WorkspaceFile> filesIn(String folder) {
        return byDirectory.getOrDefault(folder, List.of());
    }

    /** The files under a folder ("" for all). */
    public List<WorkspaceFile> filesUnder(String folder) {
        if (folder.isEmpty()) {
            return files;
        }
        String prefix = folder + "/";
        // files are sorted by path, so the paths starting with the prefix are one run of the list
        int from = firstAtOrAfter(prefix);
        int to = from;
        while (to < files.size() && files.get(to).path().startsWith(prefix)) {
            to++;
        }
        return files.subList(from, to);
    }

    private int firstAtOrAfter(String path) {
        int low = 0;
        int high = files.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (files.get(mid).path().compareTo(path) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
