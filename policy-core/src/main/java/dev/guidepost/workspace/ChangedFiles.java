package dev.guidepost.workspace;

import dev.guidepost.GuidepostException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * The files of a repository changed since a git revision, read with JGit: files that differ
 * between the merge base of the revision and {@code HEAD} and {@code HEAD} itself (what a pull
 * request's diff shows, {@code git diff REV...HEAD}), plus files changed in the index or work
 * tree and untracked files that are not ignored. Deleted files are left out: there is nothing
 * to check in them.
 */
public final class ChangedFiles {

    private ChangedFiles() {
    }

    /**
     * The changed files under {@code root}, as paths relative to {@code root} ('/'-separated).
     * {@code root} may be a folder inside the git work tree.
     *
     * @throws GuidepostException when {@code root} is not in a git work tree or the revision is unknown
     */
    public static Set<String> since(Path root, String revision) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new GuidepostException("cannot read " + root + ": " + e.getMessage(), e);
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(realRoot.toFile());
        if (builder.getGitDir() == null) {
            throw new GuidepostException("checking only changed files needs a git repository, and " + root + " is not inside one");
        }
        try (Repository repository = builder.build(); Git git = new Git(repository);
                ObjectReader reader = repository.newObjectReader()) {
            if (repository.isBare()) {
                throw new GuidepostException("checking only changed files needs a work tree; " + repository.getDirectory() + " is bare");
            }
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            String prefix = workTree.relativize(realRoot).toString().replace('\\', '/');
            Set<String> changed = new HashSet<>();
            ObjectId head = repository.resolve("HEAD^{commit}");
            ObjectId base = repository.resolve(revision + "^{commit}");
            if (base == null) {
                throw new GuidepostException("unknown git revision '" + revision + "' in " + workTree);
            }
            if (head != null) {
                ObjectId mergeBase = mergeBase(repository, base, head);
                for (DiffEntry entry : git.diff().setOldTree(tree(reader, mergeBase))
                        .setNewTree(tree(reader, head)).setShowNameAndStatusOnly(true).call()) {
                    if (entry.getChangeType() != DiffEntry.ChangeType.DELETE) {
                        changed.add(entry.getNewPath());
                    }
                }
            }
            Status status = git.status().call();
            for (Set<String> paths : List.of(status.getAdded(), status.getChanged(), status.getModified(),
                    status.getUntracked(), status.getConflicting())) {
                changed.addAll(paths);
            }
            Set<String> relative = new HashSet<>();
            for (String path : changed) {
                if (prefix.isEmpty()) {
                    relative.add(path);
                } else if (path.startsWith(prefix + "/")) {
                    relative.add(path.substring(prefix.length() + 1));
                }
            }
            return Set.copyOf(relative);
        } catch (IOException | GitAPIException | org.eclipse.jgit.errors.RevisionSyntaxException e) {
            throw new GuidepostException("cannot compare with git revision '" + revision + "': " + e.getMessage(), e);
        }
    }

    /**
     * The commit {@code HEAD} points at in the git work tree holding {@code root}; empty when
     * {@code root} is not in one, or the repository has no commit yet.
     */
    public static java.util.Optional<String> head(Path root) {
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                    .findGitDir(root.toRealPath().toFile());
            if (builder.getGitDir() == null) {
                return java.util.Optional.empty();
            }
            try (Repository repository = builder.build()) {
                ObjectId head = repository.resolve("HEAD^{commit}");
                return java.util.Optional.ofNullable(head).map(ObjectId::name);
            }
        } catch (IOException | org.eclipse.jgit.errors.RevisionSyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    private static ObjectId mergeBase(Repository repository, ObjectId a, ObjectId b) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            RevCommit base = walk.next();
            return base != null ? base : a;
        }
    }

    private static CanonicalTreeParser tree(ObjectReader reader, ObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            CanonicalTreeParser parser = new CanonicalTreeParser();
            parser.reset(reader, walk.parseCommit(commit).getTree());
            return parser;
        }
    }
}
