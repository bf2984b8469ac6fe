package dev.guidepost;

import dev.guidepost.baseline.Baseline;
import dev.guidepost.cache.OpeningCache;
import dev.guidepost.cache.PolicyFingerprint;
import dev.guidepost.cache.ResultCache;
import dev.guidepost.check.command.CommandCheck;
import dev.guidepost.check.layout.LayoutCheck;
import dev.guidepost.check.markdown.MarkdownCheck;
import dev.guidepost.check.settings.SettingsCheck;
import dev.guidepost.check.source.SourceCheck;
import dev.guidepost.engine.CheckRegistry;
import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.engine.Engine;
import dev.guidepost.engine.EngineResult;
import dev.guidepost.engine.ProgressListener;
import dev.guidepost.engine.RuleTime;
import dev.guidepost.engine.WorkspaceRuleLogic;
import dev.guidepost.policy.Glob;
import dev.guidepost.policy.Policy;
import dev.guidepost.policy.PolicyException;
import dev.guidepost.policy.PolicyLoader;
import dev.guidepost.policy.PolicySource;
import dev.guidepost.policy.Problems;
import dev.guidepost.report.Report;
import dev.guidepost.report.RunTiming;
import dev.guidepost.workspace.ChangedFiles;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceScan;
import dev.guidepost.workspace.WorkspaceScanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The library's front door: loads a policy, scans a repository and returns a {@link Report}.
 * The CLI and the Maven plugin use only this class and the types it returns.
 */
public final class Guidepost {

    /** The policy used when none is named and the repository has no {@code guidepost.yaml}. */
    public static final String DEFAULT_POLICY = "builtin:django";

    /** The policy file looked for at the repository root. */
    public static final String POLICY_FILE = "guidepost.yaml";

    private final CheckRegistry registry;
    private final dev.guidepost.facts.ProjectFacts.FileMemo factsMemo;

    public Guidepost(CheckRegistry registry) {
        this(registry, dev.guidepost.facts.ProjectFacts.FileMemo.NONE);
    }

    private Guidepost(CheckRegistry registry, dev.guidepost.facts.ProjectFacts.FileMemo factsMemo) {
        this.registry = registry;
        this.factsMemo = factsMemo;
    }

    /**
     * This Guidepost, taking the project facts of unchanged files from {@code memo} across runs (for
     * a long-lived caller such as the hook server; see {@link dev.guidepost.facts.ProjectFacts.FileMemo}).
     */
    public Guidepost withFactsMemo(dev.guidepost.facts.ProjectFacts.FileMemo memo) {
        return new Guidepost(registry, memo);
    }

    /** A Guidepost with every standard check. */
    public static Guidepost standard() {
        return new Guidepost(standardChecks());
    }

    /**
     * Every check that ships with Guidepost, one line per target. The engine knows checks only
     * through {@link dev.guidepost.engine.Check}; the front door assembles them.
     */
    public static CheckRegistry standardChecks() {
        return new CheckRegistry(List.of(
                new SourceCheck(),
                new MarkdownCheck(),
                new SettingsCheck(),
                new LayoutCheck(),
                new CommandCheck()));
    }

    /** The version of this library. */
    public static String version() {
        return buildProperties().getProperty("version", "unknown");
    }

    /** The version and the identity of this build (results of other builds are never reused). */
    public static String build() {
        Properties properties = buildProperties();
        // no '+' here: the run memo asks for this first thing in a fresh JVM, before indy concatenation is bootstrapped
        return String.join("+", properties.getProperty("version", "unknown"), properties.getProperty("build", "unknown"));
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = Guidepost.class.getResourceAsStream("/dev/guidepost/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // no properties: "unknown"
        }
        return properties;
    }

    /**
     * Loads and compiles the policy a request names (or the default one).
     *
     * @throws PolicyException listing every problem of the policy, each with its place
     */
    public CompiledPolicy policy(CheckRequest request) {
        return policy(request, file -> { });
    }

    private CompiledPolicy policy(CheckRequest request, java.util.function.Consumer<Path> fileRead) {
        PolicySource source = policySource(request);
        Problems problems = new Problems();
        Policy policy = new PolicyLoader(registry.targets(), fileRead).load(source, problems);
        CompiledPolicy compiled = CompiledPolicy.compile(policy, registry, problems);
        problems.throwIfAny();
        return compiled;
    }

    /** The policy source a request resolves to. */
    public static PolicySource policySource(CheckRequest request) {
        if (request.policy().isPresent()) {
            return PolicySource.of(request.policy().get(), request.workingDirectory());
        }
        Path local = request.root().resolve(POLICY_FILE);
        if (Files.isRegularFile(local)) {
            return new PolicySource.File(local, request.root().relativize(local).toString());
        }
        return PolicySource.of(DEFAULT_POLICY, request.workingDirectory());
    }

    /**
     * Checks a repository: runs the policy, drops findings suppressed inline (reporting unused
     * suppressions and those without a reason), fingerprints the findings and drops those the
     * request's baseline records. With {@code changedSince}, file rules run only on files changed
     * since that git revision; workspace rules always run.
     *
     * @throws PolicyException when the policy has problems
     * @throws GuidepostException when the repository cannot be scanned, the baseline cannot be
     *     read, or the git revision cannot be compared with
     */
    public Report check(CheckRequest request) {
        return run(request).report();
    }

    /**
     * As {@link #check(CheckRequest)}, and says how long the run took and which rule was slowest.
     *
     * @throws PolicyException when the policy has problems
     * @throws GuidepostException as {@link #check(CheckRequest)}
     */
    public CheckResult run(CheckRequest request) {
        return run(request, ProgressListener.NONE);
    }

    /** As {@link #run(CheckRequest)}, telling {@code progress} how far the file checks are. */
    public CheckResult run(CheckRequest request, ProgressListener progress) {
        long start = System.nanoTime();
        long startedAt = epochNanos();
        // the repository is scanned on another core while the policy is read and compiled
        java.util.concurrent.FutureTask<WorkspaceScan> scanning = new java.util.concurrent.FutureTask<>(
                () -> {
                    WorkspaceScan walked = WorkspaceScanner.scanRecorded(request.root());
                    profile("workspace walked", start);
                    return walked;
                });
        if (Files.isDirectory(request.root())) {
            Thread scanner = new Thread(scanning, "guidepost-scan");
            scanner.setDaemon(true);
            scanner.start();
        }
        List<Path> policyFiles = new ArrayList<>();
        CompiledPolicy policy;
        try {
            policy = policy(request, policyFiles::add);
        } catch (RuntimeException e) {
            scanning.cancel(true);
            throw e;
        }
        profile("policy loaded and compiled", start);
        Executed executed = execute(request, policy, progress, scanning);
        CheckResult result = executed.result();
        Optional<RunInputs> inputs = request.changedSince().isPresent() ? Optional.empty()
                : Optional.of(executed.inputs(policyFiles, request, startedAt));
        return new CheckResult(result.report(), new RunTiming(Duration.ofNanos(System.nanoTime() - start),
                result.timing().slowestRule(), result.timing().slowestRuleTime()), inputs);
    }

    /** The result of a scan started on another thread: its failure rethrown as this thread's. */
    private static WorkspaceScan scanned(java.util.concurrent.Future<WorkspaceScan> scanning) throws IOException {
        try {
            return scanning.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GuidepostException("interrupted while scanning the repository", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static long epochNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** A run's result, with the scan and the engine's answer that say what it depended on. */
    private record Executed(CheckResult result, WorkspaceScan scan, List<Path> dependencies) {

        RunInputs inputs(List<Path> policyFiles, CheckRequest request, long startedAt) {
            List<dev.guidepost.cache.FileStamp> files = new ArrayList<>();
            for (dev.guidepost.workspace.WorkspaceFile file : scan.workspace().files()) {
                files.add(new dev.guidepost.cache.FileStamp(file.absolutePath(), file.size(), file.modified()));
            }
            scan.ignoreFiles().forEach(file -> files.add(dev.guidepost.cache.FileStamp.of(file)));
            policyFiles.forEach(file -> files.add(dev.guidepost.cache.FileStamp.of(file.toAbsolutePath())));
            request.userSettings().ifPresent(file -> files.add(dev.guidepost.cache.FileStamp.of(
                    request.workingDirectory().resolve(file).toAbsolutePath())));
            request.baseline().ifPresent(file -> files.add(dev.guidepost.cache.FileStamp.of(
                    request.workingDirectory().resolve(file).toAbsolutePath())));
            dependencies.forEach(file -> files.add(dev.guidepost.cache.FileStamp.of(file)));
            return new RunInputs(files, scan.folders(), startedAt);
        }
    }

    /**
     * With the system property {@code guidepost.profile} set, prints how long a phase took to
     * standard error (for docs/performance.md; never part of a report).
     */
    private static void profile(String phase, long since) {
        if (System.getProperty("guidepost.profile") != null) {
            System.err.printf("guidepost profile: %-28s %6.0f ms (ends %s)%n", phase, (System.nanoTime() - since) / 1e6,
                    sinceProcessStart());
        }
    }

    /** How long ago the process started (its launcher included), as profile output shows it. */
    private static String sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(at -> java.time.Duration.between(at, java.time.Instant.now()).toMillis() + " ms after the process started")
                .orElse("at an unknown time");
    }

    /** Checks a repository with an already compiled policy. */
    public Report check(CheckRequest request, CompiledPolicy policy) {
        return run(request, policy).report();
    }

    /** As {@link #check(CheckRequest, CompiledPolicy)}, with how long the run took (policy compilation not counted). */
    public CheckResult run(CheckRequest request, CompiledPolicy policy) {
        return run(request, policy, ProgressListener.NONE);
    }

    /** As {@link #run(CheckRequest, CompiledPolicy)}, telling {@code progress} how far the file checks are. */
    public CheckResult run(CheckRequest request, CompiledPolicy policy, ProgressListener progress) {
        return execute(request, policy, progress, null).result();
    }

    /** @param scanning the scan of the repository, already under way (null: scan here) */
    private Executed execute(CheckRequest request, CompiledPolicy policy, ProgressListener progress,
            java.util.concurrent.Future<WorkspaceScan> scanning) {
        long began = System.nanoTime();
        if (!Files.isDirectory(request.root())) {
            throw new GuidepostException("not a folder: " + request.root());
        }
        // the policy's part of the cache key before the scan is waited for: the main thread is idle then
        String policyKey = request.cacheDirectory().isPresent() ? PolicyFingerprint.of(policy) : null;
        WorkspaceScan scan;
        long start = System.nanoTime();
        try {
            scan = scanning == null ? WorkspaceScanner.scanRecorded(request.root()) : scanned(scanning);
        } catch (IOException e) {
            throw new GuidepostException("cannot scan " + request.root() + ": " + e.getMessage(), e);
        }
        Workspace workspace = scan.workspace();
        profile("workspace scanned", start);
        Optional<Baseline> baseline =
                request.baseline().map(file -> Baseline.read(request.workingDirectory().resolve(file)));
        int threads = request.threads() > 0 ? request.threads() : Runtime.getRuntime().availableProcessors();
        Predicate<String> requested = fileFilter(request, workspace);
        Predicate<String> filter = requested;
        CompiledPolicy run = policy;
        BiPredicate<String, String> checked = (path, ruleId) -> true;
        BiPredicate<String, String> baselineChecked = (path, ruleId) -> requested.test(path);
        if (request.shard().isPresent()) {
            Shard shard = request.shard().get();
            Set<String> mine = shard.select(workspace.files());
            Set<String> repositoryWide = new HashSet<>();
            policy.rules().stream().filter(r -> r.logic() instanceof WorkspaceRuleLogic)
                    .forEach(r -> repositoryWide.add(r.definition().id()));
            filter = requested.and(mine::contains);
            if (!shard.first()) {
                run = new CompiledPolicy(policy.policy(),
                        policy.rules().stream().filter(r -> !repositoryWide.contains(r.definition().id())).toList());
            }
            // Each finding a whole run could report about a suppression or a baseline entry is
            // reported by exactly one shard: repository-wide rules by shard 1, the rest by the file's shard.
            checked = (path, ruleId) -> repositoryWide.contains(ruleId) ? shard.first() : mine.contains(path);
            Predicate<String> shardFilter = filter;
            baselineChecked = (path, ruleId) -> repositoryWide.contains(ruleId)
                    ? shard.first() && requested.test(path) : shardFilter.test(path);
        }
        ReportAssembler assembler = new ReportAssembler(workspace);
        start = System.nanoTime();
        CompiledPolicy executed = run;
        // Project facts are read once, before the cache: results that used other facts are not reused.
        dev.guidepost.facts.ProjectFacts facts = dev.guidepost.facts.ProjectFacts.scan(workspace,
                Engine.factDemand(executed.rules()), factsMemo);
        profile("project facts", start);
        start = System.nanoTime();
        // the key (a digest of the policy and of every fact) only when there is a cache to open, made
        // and the cache's file read beside the engine's preparations
        Optional<OpeningCache> opening = request.cacheDirectory().map(directory -> OpeningCache.start(
                () -> ResultCache.open(directory, workspace.root(),
                        (executed == policy ? policyKey : PolicyFingerprint.of(executed))
                                + (facts.size() == 0 ? "" : "+facts:" + facts.fingerprint()), build())));
        EngineResult result;
        try {
            result = new Engine(threads, progress).run(workspace, executed, filter,
                    new dev.guidepost.engine.RunOptions(request.userSettings(), pathsFilter(request, workspace),
                            opening.map(c -> c), Optional.of(facts)),
                    assembler);
        } catch (RuntimeException e) {
            // a cache that could not be opened failed the file workers: its own failure is the one to tell
            opening.ifPresent(OpeningCache::cache);
            throw e;
        }
        profile("rules run", start);
        Optional<ResultCache> cache = opening.map(OpeningCache::cache);
        // the cache is written beside the report's assembly, which leaves a core idle at times
        java.util.concurrent.CompletableFuture<Void> saving = cache.map(c -> java.util.concurrent.CompletableFuture
                .runAsync(() -> {
                    long saveStart = System.nanoTime();
                    Set<String> paths = new HashSet<>();
                    workspace.files().forEach(f -> paths.add(f.path()));
                    c.save(paths);
                    profile("result cache saved", saveStart);
                }, runnable -> new Thread(runnable, "guidepost-cache-save").start()))
                .orElse(java.util.concurrent.CompletableFuture.completedFuture(null));
        start = System.nanoTime();
        Report report;
        try {
            report = assembler.assemble(version(), policy, result, checked, baselineChecked, baseline,
                    request.baseline().map(Path::toString).orElse(""));
        } finally {
            try {
                saving.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        profile("report assembled", start);
        RunTiming timing = new RunTiming(Duration.ofNanos(System.nanoTime() - began),
                result.slowestRule().map(RuleTime::ruleId).orElse(""),
                result.slowestRule().map(RuleTime::time).orElse(Duration.ZERO));
        return new Executed(new CheckResult(report, timing), scan, result.dependencies());
    }

    /** As {@link #fix(CheckRequest, FixMode)} without source replacements. */
    public FixResult fix(CheckRequest request, boolean write) {
        return fix(request, new FixMode(write, false));
    }

    /**
     * Fixes what the check of {@code request} finds and can fix: plans the edits from its findings,
     * then (with {@link FixMode#write()}) writes each changed file atomically and checks again. Edits
     * that overlapped others are planned again from the new text in a further pass (at most
     * {@value #FIX_PASSES} passes). A preview writes nothing.
     *
     * @throws PolicyException when the policy has problems
     * @throws GuidepostException as {@link #check(CheckRequest)}, and when a file cannot be written
     *     (files written before it stay written; each is whole)
     */
    public FixResult fix(CheckRequest request, FixMode mode) {
        return fix(request, policy(request), mode);
    }

    /** The most passes {@link #fix(CheckRequest, FixMode)} makes. */
    public static final int FIX_PASSES = 4;

    /** As {@link #fix(CheckRequest, FixMode)} with an already compiled policy. */
    public FixResult fix(CheckRequest request, CompiledPolicy policy, FixMode mode) {
        if (request.shard().isPresent()) {
            throw new GuidepostException("fixes need the whole repository: a shard cannot be fixed");
        }
        Report before = check(request, policy);
        Report current = before;
        java.util.Map<String, dev.guidepost.edit.FileChange> changes = new java.util.LinkedHashMap<>();
        List<String> notes = List.of();
        List<dev.guidepost.report.Finding> addressed = new ArrayList<>();
        for (int pass = 0; pass < FIX_PASSES; pass++) {
            Workspace workspace;
            try {
                workspace = WorkspaceScanner.scan(request.root());
            } catch (IOException e) {
                throw new GuidepostException("cannot scan " + request.root() + ": " + e.getMessage(), e);
            }
            dev.guidepost.fix.Fixer.Outcome outcome = dev.guidepost.fix.Fixer.plan(workspace, policy,
                    new dev.guidepost.engine.RunOptions(request.userSettings()), current.findings(), mode.unsafe());
            notes = outcome.plan().notes();
            List<dev.guidepost.edit.FileChange> planned = outcome.plan().changes().stream().filter(c -> !c.isNoop()).toList();
            if (planned.isEmpty()) {
                break;
            }
            addressed.addAll(outcome.addressed());
            if (!mode.write()) {
                planned.forEach(c -> changes.put(c.path(), c));
                break;
            }
            try {
                new dev.guidepost.edit.ChangeWriter(request.root()).apply(planned);
            } catch (IOException e) {
                throw new GuidepostException("cannot write the fixes: " + e.getMessage(), e);
            }
            for (dev.guidepost.edit.FileChange change : planned) {
                changes.merge(change.path(), change, (first, next) -> new dev.guidepost.edit.FileChange(first.path(),
                        first.before(), next.after(), first.summary() + "; " + next.summary()));
            }
            current = check(request, policy);
            if (!outcome.plan().deferred()) {
                break; // a pass makes every edit it plans; only overlapping ones wait for the next
            }
        }
        if (mode.hooks()) {
            notes = new ArrayList<>(notes);
            current = addHooks(request, policy, mode, changes, notes).orElse(current);
        }
        dev.guidepost.fix.FixPlan plan = new dev.guidepost.fix.FixPlan(List.copyOf(changes.values()), notes);
        return new FixResult(before, plan, addressed, mode.write() && !changes.isEmpty(), current);
    }

    /**
     * {@link FixMode#hooks()}: adds the missing hook entries to the root settings file (to the text
     * a preview already changed, when it did), and the report after writing them.
     */
    private java.util.Optional<Report> addHooks(CheckRequest request, CompiledPolicy policy, FixMode mode,
            java.util.Map<String, dev.guidepost.edit.FileChange> changes, List<String> notes) {
        String path = dev.guidepost.setup.HookInstaller.SETTINGS_FILE;
        java.util.Optional<dev.guidepost.edit.FileChange> earlier = mode.write() ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(changes.get(path));
        dev.guidepost.setup.HookInstaller.Plan hooks = dev.guidepost.setup.HookInstaller.plan(request.root(), earlier);
        notes.addAll(hooks.notes());
        if (hooks.change().isEmpty() || hooks.change().get().isNoop() || hooks.change().equals(earlier)) {
            return java.util.Optional.empty();
        }
        dev.guidepost.edit.FileChange change = hooks.change().get();
        if (!mode.write()) {
            changes.put(path, change);
            return java.util.Optional.empty();
        }
        try {
            new dev.guidepost.edit.ChangeWriter(request.root()).apply(List.of(change));
        } catch (IOException e) {
            throw new GuidepostException("cannot write the hooks: " + e.getMessage(), e);
        }
        changes.merge(path, change, (first, next) -> new dev.guidepost.edit.FileChange(first.path(), first.before(),
                next.after(), first.summary() + "; " + next.summary()));
        return java.util.Optional.of(check(request, policy));
    }

    /**
     * The files and folders a request narrows the run to (every path when it names none): file
     * checks run only there, and findings are only reported there.
     */
    private static Predicate<String> pathsFilter(CheckRequest request, Workspace workspace) {
        if (request.paths().isEmpty()) {
            return p -> true;
        }
        List<String> prefixes = new ArrayList<>();
        for (String path : request.paths()) {
            Path absolute = request.workingDirectory().resolve(path).toAbsolutePath().normalize();
            String relative;
            if (absolute.startsWith(workspace.root()) || absolute.startsWith(request.root().toAbsolutePath())) {
                Path base = absolute.startsWith(workspace.root()) ? workspace.root() : request.root().toAbsolutePath();
                relative = base.relativize(absolute).toString().replace('\\', '/');
            } else {
                relative = path.replace('\\', '/');
            }
            prefixes.add(relative);
        }
        return p -> prefixes.stream().anyMatch(pre -> pre.isEmpty() || p.equals(pre) || p.startsWith(pre + "/"));
    }

    private static Predicate<String> fileFilter(CheckRequest request, Workspace workspace) {
        List<Predicate<String>> filters = new ArrayList<>();
        filters.add(pathsFilter(request, workspace));
        if (!request.includes().isEmpty()) {
            List<Glob> globs = request.includes().stream().map(Guidepost::glob).toList();
            filters.add(p -> globs.stream().anyMatch(g -> g.matches(p)));
        }
        if (!request.excludes().isEmpty()) {
            List<Glob> globs = request.excludes().stream().map(Guidepost::glob).toList();
            filters.add(p -> globs.stream().noneMatch(g -> g.matches(p)));
        }
        if (request.changedSince().isPresent()) {
            Set<String> changed = ChangedFiles.since(workspace.root(), request.changedSince().get());
            filters.add(changed::contains);
        }
        return p -> filters.stream().allMatch(f -> f.test(p));
    }

    private static Glob glob(String text) {
        try {
            return Glob.compile(text);
        } catch (IllegalArgumentException e) {
            throw new GuidepostException("invalid glob '" + text + "': " + e.getMessage());
        }
    }
}
