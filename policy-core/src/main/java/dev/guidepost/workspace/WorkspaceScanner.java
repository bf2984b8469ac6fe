package dev.guidepost.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Walks a repository once: honours {@code .gitignore} files at every level and
 * {@code .git/info/exclude} (through JGit's ignore rules; Claude Code's instruction files are read
 * all the same, see {@link #NEVER_IGNORED}), skips version-control folders and
 * well-known dependency and cache folders, policy fixtures ({@code guidepost-tests}) and the reports
 * and baselines Guidepost wrote ({@link GuidepostOutput}), never follows a link out of the root, and
 * finds the sub-projects by their marker files.
 */
public final class WorkspaceScanner {

    /** Folders skipped even without an ignore file: VCS data, installed dependencies, caches. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules", "__pycache__",
            ".venv", "venv", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", ".eggs",
            ".gradle", ".idea");

    /**
     * Files read whatever {@code .gitignore} says: Claude Code loads its instruction files from disk
     * (a committed CLAUDE.md listed in .gitignore, a personal CLAUDE.local.md), so the rules about
     * them must see what Claude Code sees. Ignored folders stay skipped.
     */
    public static final Set<String> NEVER_IGNORED = Set.of("CLAUDE.md", "CLAUDE.local.md");

    /**
     * The folder of a policy's fixtures ({@code guidepost test}): small repositories whose violations
     * are deliberate, so never part of the repository that holds them. Checked only as a root of its own.
     */
    public static final String FIXTURE_FOLDER = "guidepost-tests";

    private WorkspaceScanner() {
    }

    /** Scans the repository at {@code root}. */
    public static Workspace scan(Path root) throws IOException {
        return scanRecorded(root).workspace();
    }

    /**
     * Scans the repository at {@code root} and says what the scan depended on: every folder it
     * listed (with its modification time taken before the listing) and every ignore file it
     * consulted, so that a later run can tell without scanning again whether a scan would see the
     * same files (see {@link WorkspaceScan}).
     */
    public static WorkspaceScan scanRecorded(Path root) throws IOException {
        Path realRoot = root.toRealPath();
        List<WorkspaceFile> files = new ArrayList<>();
        Set<String> directories = new HashSet<>();
        List<Project> projects = new ArrayList<>();
        List<Frame> frames = new ArrayList<>();
        List<FolderListing> listings = new ArrayList<>();
        Path exclude = realRoot.resolve(".git/info/exclude");
        IgnoreNode info = readIgnore(exclude);
        walk(realRoot, realRoot, "", modifiedTime(realRoot), frames, info, files, directories, projects, listings);
        for (WorkspaceFile file : files) {
            String dir = file.directory();
            while (!dir.isEmpty() && directories.add(dir)) {
                int slash = dir.lastIndexOf('/');
                dir = slash < 0 ? "" : dir.substring(0, slash);
            }
        }
        List<Path> ignoreFiles = new ArrayList<>();
        ignoreFiles.add(exclude);
        for (FolderListing listing : listings) {
            if (listing.names().contains(".gitignore")) {
                ignoreFiles.add(listing.folder().resolve(".gitignore"));
            }
        }
        return new WorkspaceScan(new Workspace(realRoot, files, directories, projects), listings, ignoreFiles);
    }

    private record Frame(String directory, IgnoreNode rules) {
    }

    /**
     * True when a scan of {@code root} would leave out the file at {@code path} (relative,
     * '/'-separated) because a {@code .gitignore} on its way or {@code .git/info/exclude} ignores it
     * or one of its folders, or a folder on its way is always skipped; whether or not it exists.
     * For a file about to be written. A {@link #NEVER_IGNORED} file is left out only with its folder.
     */
    public static boolean excludes(Path root, String path) {
        return ignores(root, path, true);
    }

    /**
     * True when git would not track a new file at {@code path}: as {@link #excludes}, but a
     * {@link #NEVER_IGNORED} file that a {@code .gitignore} names counts as ignored (the scan reads
     * it, the team does not get it).
     */
    public static boolean gitIgnores(Path root, String path) {
        return ignores(root, path, false);
    }

    private static boolean ignores(Path root, String path, boolean asScanned) {
        IgnoreNode info = readIgnore(root.resolve(".git/info/exclude"));
        List<Frame> frames = new ArrayList<>();
        String[] parts = path.split("/");
        String dir = "";
        for (int i = 0; i < parts.length; i++) {
            IgnoreNode own = readIgnore((dir.isEmpty() ? root : root.resolve(dir)).resolve(".gitignore"));
            if (own != null) {
                frames.add(new Frame(dir, own));
            }
            boolean last = i == parts.length - 1;
            String rel = dir.isEmpty() ? parts[i] : dir + "/" + parts[i];
            if (!last && (SKIPPED_FOLDERS.contains(parts[i]) || parts[i].equals(FIXTURE_FOLDER))) {
                return true;
            }
            if (!(asScanned && last && NEVER_IGNORED.contains(parts[i])) && ignored(rel, !last, frames, info)) {
                return true;
            }
            dir = rel;
        }
        return false;
    }

    /**
     * @param listedAt the folder's modification time, read before it is listed (its parent's listing
     *     read it): a change during the walk makes the recorded time stale, never the listing
     */
    private static void walk(Path realRoot, Path dir, String relDir, long listedAt, List<Frame> frames,
            IgnoreNode info, List<WorkspaceFile> files, Set<String> directories, List<Project> projects,
            List<FolderListing> listings) throws IOException {
        List<Path> entries = listing(dir);
        if (entries == null) {
            listings.add(new FolderListing(dir, FolderListing.UNREADABLE, List.of()));
            return;
        }
        List<String> names = new ArrayList<>(entries.size());
        entries.forEach(entry -> names.add(entry.getFileName().toString()));
        listings.add(new FolderListing(dir, listedAt, names));
        // looked for in the listing: asking the file system for a missing file costs an exception on Java 17
        IgnoreNode own = names.contains(".gitignore") ? readIgnore(dir.resolve(".gitignore")) : null;
        boolean pushed = own != null;
        if (pushed) {
            frames.add(new Frame(relDir, own));
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String rel = relDir.isEmpty() ? name : relDir + "/" + name;
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                continue;
            }
            boolean isDir = attrs.isDirectory();
            if (attrs.isSymbolicLink()) {
                Path target;
                try {
                    target = entry.toRealPath();
                } catch (IOException e) {
                    continue;
                }
                if (!target.startsWith(realRoot) || Files.isDirectory(target)) {
                    continue;
                }
                attrs = Files.readAttributes(target, BasicFileAttributes.class);
                isDir = false;
            }
            if (isDir && (SKIPPED_FOLDERS.contains(name) || name.equals(FIXTURE_FOLDER))) {
                continue;
            }
            if (!(!isDir && NEVER_IGNORED.contains(name)) && ignored(rel, isDir, frames, info)) {
                continue;
            }
            if (isDir) {
                walk(realRoot, entry, rel, nanos(attrs.lastModifiedTime()), frames, info, files, directories, projects,
                        listings);
            } else if (attrs.isRegularFile() && !GuidepostOutput.isGuidepostOutput(entry, name, attrs.size())) {
                files.add(new WorkspaceFile(rel, entry, Languages.of(name), attrs.size(),
                        nanos(attrs.lastModifiedTime())));
                for (ProjectKind kind : ProjectKind.values()) {
                    if (kind.marker().equals(name)) {
                        String folderName = relDir.isEmpty() ? realRoot.getFileName() == null ? ""
                                : realRoot.getFileName().toString() : dir.getFileName().toString();
                        projects.add(new Project(kind, relDir, folderName));
                    }
                }
            }
        }
        if (pushed) {
            frames.remove(frames.size() - 1);
        }
    }

    /**
     * The entries of a folder in the order of their names' bytes, or null when it cannot be listed.
     * {@link java.io.File#list} reads the whole folder in one call (a directory stream makes a call,
     * and a path, per entry, and opens the folder twice); a folder with a name that is not plain
     * ASCII is listed through a directory stream, whose paths keep the bytes of every name as they
     * are (a name decoded to a string may not lead back to its file: in an ASCII locale, LANG=C,
     * each byte above 127 is decoded to U+FFFD).
     */
    private static List<Path> listing(Path dir) {
        String[] listed = dir.toFile().list();
        if (listed == null) {
            return null;
        }
        List<Path> entries = new ArrayList<>(listed.length);
        for (String name : listed) {
            if (!FileText.isAscii(name)) {
                return streamed(dir);
            }
        }
        java.util.Arrays.sort(listed); // ASCII: the order of the names' bytes
        for (String name : listed) {
            entries.add(dir.resolve(name));
        }
        return entries;
    }

    private static List<Path> streamed(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            return null;
        }
        entries.sort(null);
        return entries;
    }

    private static boolean ignored(String rel, boolean isDir, List<Frame> frames, IgnoreNode info) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame frame = frames.get(i);
            String local = frame.directory().isEmpty() ? rel : rel.substring(frame.directory().length() + 1);
            Boolean result = frame.rules().checkIgnored(local, isDir);
            if (result != null) {
                return result;
            }
        }
        if (info != null) {
            Boolean result = info.checkIgnored(rel, isDir);
            return result != null && result;
        }
        return false;
    }

    private static IgnoreNode readIgnore(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            node.parse(file.toString(), in);
        } catch (IOException e) {
            return null;
        }
        return node;
    }

    private static long modifiedTime(Path dir) {
        try {
            return nanos(Files.getLastModifiedTime(dir));
        } catch (IOException e) {
            return FolderListing.UNREADABLE;
        }
    }

    /** A file time in nanoseconds since the epoch. */
    static long nanos(java.nio.file.attribute.FileTime time) {
        java.time.Instant instant = time.toInstant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
