package dev.guidepost;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a front-end can ask of a run. Build one with {@link #of(Path)} and the
 * {@code with…} methods.
 *
 * @param root the repository to check
 * @param policy a policy file path or {@code builtin:NAME}; empty: {@code guidepost.yaml} at
 *     the root if present, else {@code builtin:django}
 * @param workingDirectory what a relative policy path is resolved against
 * @param paths limits file checks to these files or folders (relative to root or absolute);
 *     empty: the whole repository
 * @param includes when not empty, only files matching one of these globs are checked
 * @param excludes files matching one of these globs are not checked
 * @param userSettings a Claude Code user settings file that takes part in the settings merge
 * @param baseline a baseline file: findings recorded in it are not reported
 * @param changedSince a git revision: file checks run only on files changed since it
 * @param threads worker threads; 0 means one per processor
 * @param cacheDirectory where results are kept between runs ({@link
 *     dev.guidepost.cache.CacheDirectory#forUser()} is the usual place); empty: no result cache
 * @param shard when present, only this shard's files are checked (and repository-wide rules only
 *     in shard 1); {@code guidepost merge} joins the shards' reports
 */
public record CheckRequest(
        Path root,
        Optional<String> policy,
        Path workingDirectory,
        List<String> paths,
        List<String> includes,
        List<String> excludes,
        Optional<Path> userSettings,
        Optional<Path> baseline,
        Optional<String> changedSince,
        int threads,
        Optional<Path> cacheDirectory,
        Optional<Shard> shard) {

    public CheckRequest {
        paths = List.copyOf(paths);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** A request without a shard. */
    public CheckRequest(Path root, Optional<String> policy, Path workingDirectory, List<String> paths,
            List<String> includes, List<String> excludes, Optional<Path> userSettings, Optional<Path> baseline,
            Optional<String> changedSince, int threads, Optional<Path> cacheDirectory) {
        this(root, policy, workingDirectory, paths, includes, excludes, userSettings, baseline, changedSince, threads,
                cacheDirectory, Optional.empty());
    }

    /** A request to check {@code root} with the default policy. */
    public static CheckRequest of(Path root) {
        return new CheckRequest(root, Optional.empty(), Path.of("").toAbsolutePath(), List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, Optional.empty());
    }

    public CheckRequest withPolicy(String newPolicy) {
        return new CheckRequest(root, Optional.ofNullable(newPolicy), workingDirectory, paths, includes, excludes,
                userSettings, baseline, changedSince, threads, cacheDirectory, shard);
    }

    public CheckRequest withWorkingDirectory(Path directory) {
        return new CheckRequest(root, policy, directory, paths, includes, excludes, userSettings, baseline, changedSince,
                threads, cacheDirectory, shard);
    }

    public CheckRequest withPaths(List<String> newPaths) {
        return new CheckRequest(root, policy, workingDirectory, newPaths, includes, excludes, userSettings, baseline,
                changedSince, threads, cacheDirectory, shard);
    }

    public CheckRequest withIncludes(List<String> newIncludes) {
        return new CheckRequest(root, policy, workingDirectory, paths, newIncludes, excludes, userSettings, baseline,
                changedSince, threads, cacheDirectory, shard);
    }

    public CheckRequest withExcludes(List<String> newExcludes) {
        return new CheckRequest(root, policy, workingDirectory, paths, includes, newExcludes, userSettings, baseline,
                changedSince, threads, cacheDirectory, shard);
    }

    public CheckRequest withUserSettings(Path file) {
        return new CheckRequest(root, policy, workingDirectory, paths, includes, excludes, Optional.ofNullable(file),
                baseline, changedSince, threads, cacheDirectory, shard);
    }

    public CheckRequest withBaseline(Path file) {
        return new CheckRequest(root, policy, workingDirectory, paths, includes, excludes, userSettings,
                Optional.ofNullable(file), changedSince, threads, cacheDirectory, shard);
    }

    public CheckRequest withChangedSince(String revision) {
        return new CheckRequest(root, policy, workingDirectory, paths, includes, excludes, userSettings, baseline,
                Optional.ofNullable(revision), threads, cacheDirectory, shard);
    }

    public CheckRequest withThreads(int count) {
        return new CheckRequest(root, policy, workingDirectory, paths, includes, excludes, userSettings, baseline,
                changedSince, count, cacheDirectory, shard);
    }

    /** Keeps results between runs in {@code directory} (null: no result cache). */
    public CheckRequest withCache(Path directory) {
        return new CheckRequest(root, policy, workingDirectory, paths, includes, excludes, userSettings, baseline,
                changedSince, threads, Optional.ofNullable(directory), shard);
    }

    /** This request checking only one shard of the files ({@code null}: all of them). */
    public CheckRequest withShard(Shard part) {
        return new CheckRequest(root, policy, workingDirectory, paths, includes, excludes, userSettings, baseline,
                changedSince, threads, cacheDirectory, Optional.ofNullable(part));
    }
}
