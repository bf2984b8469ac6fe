package dev.guidepost.cli;

import dev.guidepost.CheckRequest;
import dev.guidepost.cache.CacheDirectory;
import dev.guidepost.engine.Engine;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The options that say what to check, shared by {@code check} and {@code baseline write}. */
final class RepositoryOptions {

    @Mixin
    PolicyOptions policyOptions = new PolicyOptions();

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "The repository folder to check (default: the current folder). With --root, or given a "
                    + "file or several paths, the paths narrow the check: only findings placed in those files "
                    + "and folders are reported.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--root", paramLabel = "DIR", description = "The repository root (default: the single PATH, or the current folder). A relative PATH is "
                    + "taken from the current folder, else from the root.")
    Path root;

    @Option(names = "--include", paramLabel = "GLOB", description = "Check only files matching GLOB (repeatable).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Do not check files matching GLOB (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--user-settings", paramLabel = "FILE",
            description = "A Claude Code user settings file (e.g. ~/.claude/settings.json) merged under every project's settings.")
    Path userSettings;

    @Option(names = "--changed-since", paramLabel = "REV",
            description = "Check only files changed since the git revision REV (committed, staged, unstaged and untracked); "
                    + "rules about the repository as a whole (layout, settings, CLAUDE.md) always run.")
    String changedSince;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads, at most 256 (default: one per processor).")
    int threads;

    @Option(names = "--no-cache", description = "Check every file afresh: neither use nor update the result cache and the run memo.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Keep the result cache in DIR (default: GUIDEPOST_CACHE_DIR, else the user cache folder, "
                    + "e.g. ~/.cache/guidepost; never inside the repository).")
    Path cacheDir;

    /** The command these options are part of, for its error stream. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The error stream when the command line was read without picocli ({@link CheckArguments}). */
    PrintWriter notes;

    /** The request these options describe; usage mistakes become {@link CliException}s. */
    CheckRequest request() {
        Path cwd = Path.of("").toAbsolutePath();
        Path repository;
        List<String> narrowing = new ArrayList<>();
        if (root != null) {
            repository = root;
            paths.forEach(p -> narrowing.add(p.toString()));
        } else if (paths.size() == 1 && Files.isDirectory(paths.get(0))) {
            repository = paths.get(0);
        } else {
            repository = cwd;
            paths.forEach(p -> narrowing.add(p.toString()));
        }
        if (!Files.isDirectory(repository)) {
            throw new CliException("not a folder: " + repository);
        }
        if (userSettings != null && !Files.isRegularFile(userSettings)) {
            throw new CliException("no user settings file " + userSettings);
        }
        if (threads < 0 || threads > Engine.MAX_THREADS) {
            throw new CliException("--threads must be 0 (one per processor) to " + Engine.MAX_THREADS + ", not " + threads);
        }
        Path base = repository.toAbsolutePath().normalize();
        for (int i = 0; i < narrowing.size(); i++) {
            String path = narrowing.get(i);
            if (Files.exists(cwd.resolve(path))) {
                continue;
            }
            Path underRoot = base.resolve(path).normalize();
            if (root != null && !Path.of(path).isAbsolute() && Files.exists(underRoot)) {
                // a path written relative to --root, as from outside the repository: say which one is checked
                narrowing.set(i, underRoot.toString());
                PrintWriter err = mixee != null ? mixee.commandLine().getErr() : notes;
                if (err != null) {
                    err.println("guidepost: " + path + " is not in the current folder (" + cwd + "); checking "
                            + underRoot + " under --root");
                    err.flush();
                }
                continue;
            }
            throw new CliException("no such file or folder: " + path + " (looked in the current folder " + cwd
                    + (root != null && !Path.of(path).isAbsolute() ? " and under --root " + base : "") + ")");
        }
        return policyOptions.request(repository.toAbsolutePath().normalize())
                .withPaths(narrowing).withIncludes(includes).withExcludes(excludes).withThreads(threads)
                .withUserSettings(userSettings).withChangedSince(changedSince)
                .withCache(noCache ? null : cacheDir != null ? cacheDir.toAbsolutePath() : CacheDirectory.forUser());
    }
}
