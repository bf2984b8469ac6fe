package dev.guidepost.engine;

import dev.guidepost.policy.PathSelector;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.Severity;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Location;
import dev.guidepost.report.Note;
import dev.guidepost.unit.Units;
import dev.guidepost.workspace.FileText;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs a compiled policy over a workspace. Each file is selected by path before it is read, read
 * once, parsed at most once per parser for all its rules, and files are checked in parallel on a
 * fixed set of worker threads, each with its own {@link WorkerState}.
 */
public final class Engine {

    /**
     * Characters of file text kept for workspace rules, the most recently read first: several rules
     * reading one file in turn read it once, and no run holds every file's text to its end.
     */
    static final long TEXT_BUDGET_CHARS = 16_000_000;

    /** Files larger than this are not read; a note says so. */
    public static final long MAX_FILE_BYTES = FileText.MAX_BYTES;

    private final int threads;
    private final boolean prefilters;
    private final ProgressListener progress;

    /**
     * An engine with {@code threads} workers. Setting the system property
     * {@code guidepost.prefilter=off} makes it check every file without prefilters (slower, same
     * findings: a way to verify the prefilters are sound on a real repository).
     */
    public Engine(int threads) {
        this(threads, ProgressListener.NONE);
    }

    /**
     * The most workers an engine runs, whatever it is asked for: each is a thread with its own
     * parsers and their memory, and the work is bound by the processors (a request for a billion
     * threads had the JVM create them until it ran out of memory).
     */
    public static final int MAX_THREADS = 256;

    /** An engine with {@code threads} workers (at most {@link #MAX_THREADS}) that tells {@code progress} after each file. */
    public Engine(int threads, ProgressListener progress) {
        this.threads = Math.max(1, Math.min(threads, MAX_THREADS));
        this.prefilters = !"off".equals(System.getProperty("guidepost.prefilter"));
        this.progress = progress;
    }

    /**
     * Runs {@code policy} over the files of {@code workspace} accepted by {@code fileFilter}.
     * Workspace rules always run; they see the whole workspace.
     */
    public EngineResult run(Workspace workspace, CompiledPolicy policy, Predicate<String> fileFilter) {
        return run(workspace, policy, fileFilter, RunOptions.NONE, TextObserver.NONE);
    }

    /**
     * As {@link #run(Workspace, CompiledPolicy, Predicate)}, with the request's extra inputs, and
     * tells {@code textObserver} the text of every file the run reads once it is read and where the
     * file rules flagged it (on worker threads, possibly concurrently, a file possibly more than
     * once), so that later steps need not read it again.
     */
    public EngineResult run(Workspace workspace, CompiledPolicy policy, Predicate<String> fileFilter,
            RunOptions options, TextObserver textObserver) {
        List<CompiledRule> fileRules = new ArrayList<>();
        java.util.Set<String> unavailable = new java.util.TreeSet<>();
        for (CompiledRule rule : policy.rules()) {
            if (rule.logic() instanceof FileRuleLogic logic) {
                Optional<String> reason = logic.unavailable();
                if (reason.isPresent()) {
                    unavailable.add(reason.get());
                } else {
                    fileRules.add(rule);
                }
            }
        }
        // what the rules that run ask of the facts: every rule but a file rule that cannot run here
        List<CompiledRule> running = policy.rules().stream()
                .filter(rule -> !(rule.logic() instanceof FileRuleLogic) || fileRules.contains(rule)).toList();
        dev.guidepost.facts.ProjectFacts facts = options.facts()
                .orElseGet(() -> dev.guidepost.facts.ProjectFacts.scan(workspace, factDemand(running)));
        Map<CompiledRule, Prefilter> bound = boundPrefilters(fileRules, facts);
        Run run = new Run(workspace, options, textObserver, facts, wordIndex(policy,
                fileRules.stream().map(bound::get).filter(java.util.Objects::nonNull).toList()), bound);
        unavailable.forEach(reason -> run.notes.add(new Note(".", reason)));
        // Workspace rules that ask the word index about files (WorkspaceRuleLogic.prefilters) wait for
        // the file pass: started beside it, they outran it and read and searched every file themselves
        // (200 ms and more each on saleor). The others start at once, beside the file pass.
        List<CompiledRule> workspaceRules = new ArrayList<>();
        List<CompiledRule> indexedRules = new ArrayList<>();
        for (CompiledRule rule : policy.rules()) {
            if (rule.logic() instanceof WorkspaceRuleLogic logic) {
                (run.index != WordIndex.NONE && !logic.prefilters().isEmpty() ? indexedRules : workspaceRules).add(rule);
            }
        }
        List<WorkspaceFile> files = workspace.files().stream().filter(f -> fileFilter.test(f.path())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "guidepost-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicInteger next = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            Runnable fileWorker = () -> {
                int index;
                while ((index = next.getAndIncrement()) < files.size()) {
                    checkFile(run, files.get(index), fileRules);
                    progress.filesChecked(done.incrementAndGet(), files.size());
                }
            };
            // One worker starts on the files, the others on the workspace rules and then join it: the
            // files, shared out one at a time, are the work that ends the run, so that no workspace
            // rule is left running alone at the end of a large repository. The rules that ask the word
            // index come after the files: a worker that finds no file left takes the next of them, so
            // they find the index complete but for the last files still being checked.
            futures.add(pool.submit(fileWorker));
            for (CompiledRule rule : workspaceRules) {
                futures.add(pool.submit(() -> checkWorkspace(run, rule)));
            }
            for (int i = 1; i < threads; i++) {
                futures.add(pool.submit(fileWorker));
            }
            for (CompiledRule rule : indexedRules) {
                futures.add(pool.submit(() -> checkWorkspace(run, rule)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("check interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("internal error while checking: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
            run.close();
        }
        if (run.costs != null) {
            run.costs.print();
        }
        return new EngineResult(new ArrayList<>(run.findings), new ArrayList<>(run.notes), files.size(),
                run.costs.slowest(), new ArrayList<>(run.dependencies));
    }

    /**
     * The index of the words the file rules' prefilters (bound to the facts) and the workspace rules'
     * prefilters search for; none without prefilters (the index is one: every file is then read,
     * and every prefilter's test is to the text).
     */
    private WordIndex wordIndex(CompiledPolicy policy, java.util.Collection<Prefilter> filePrefilters) {
        if (!prefilters) {
            return WordIndex.NONE;
        }
        List<Prefilter> all = new ArrayList<>(filePrefilters);
        policy.rules().stream()
                .filter(r -> r.logic() instanceof WorkspaceRuleLogic)
                .forEach(r -> all.addAll(((WorkspaceRuleLogic) r.logic()).prefilters()));
        return WordIndex.of(all);
    }

    /**
     * Each file rule's prefilter with its questions to the project facts answered ({@link
     * Prefilter#bind}); a rule whose questions fail keeps its prefilter unbound, which is still sound.
     */
    private Map<CompiledRule, Prefilter> boundPrefilters(List<CompiledRule> fileRules,
            dev.guidepost.facts.ProjectFacts facts) {
        Map<CompiledRule, Prefilter> bound = new IdentityHashMap<>();
        if (!prefilters) {
            return bound;
        }
        for (CompiledRule rule : fileRules) {
            Prefilter prefilter = ((FileRuleLogic) rule.logic()).prefilter();
            try {
                bound.put(rule, prefilter.bind(facts));
            } catch (RuntimeException | StackOverflowError e) {
                bound.put(rule, prefilter);
            }
        }
        return bound;
    }

    /** What the rules of {@code rules} ask of the project facts together. */
    public static dev.guidepost.facts.ProjectFacts.Demand factDemand(List<CompiledRule> rules) {
        dev.guidepost.facts.ProjectFacts.Demand demand = dev.guidepost.facts.ProjectFacts.Demand.NONE;
        for (CompiledRule rule : rules) {
            demand = demand.and(rule.logic().factDemand());
        }
        return demand;
    }

    private void checkFile(Run run, WorkspaceFile file, List<CompiledRule> rules) {
        List<CompiledRule> applicable = new ArrayList<>();
        boolean selectionFailed = false;
        Map<PathSelector, Boolean> selected = new IdentityHashMap<>();
        for (CompiledRule rule : rules) {
            FileRuleLogic logic = (FileRuleLogic) rule.logic();
            try {
                if (logic.accepts(file) && rule.definition().selector().matches(file.path(), file.language(), selected)) {
                    applicable.add(rule);
                }
            } catch (RuntimeException | StackOverflowError e) {
                run.failed(file.path(), rule, e);
                selectionFailed = true;
            }
        }
        if (applicable.isEmpty()) {
            return;
        }
        FileResults cache = run.options.fileResults().orElse(null);
        if (cache != null) {
            Optional<FileResults.Recorded> known = cache.byStat(file);
            if (known.isPresent()) {
                replay(run, file, applicable, known.get(), null);
                return;
            }
        }
        Optional<byte[]> bytes = run.readBytes(file);
        if (bytes.isEmpty()) {
            return;
        }
        byte[] hash = null;
        if (cache != null) {
            hash = cache.hash(bytes.get());
            Optional<FileResults.Recorded> known = cache.byContent(file, hash);
            if (known.isPresent()) {
                replay(run, file, applicable, known.get(), bytes.get());
                return;
            }
        }
        Optional<String> text = run.decode(file, bytes.get());
        if (text.isEmpty()) {
            return;
        }
        java.util.BitSet words = run.index.record(file.path(), text.get());
        Recorder recorder = cache == null ? null : new Recorder();
        if (recorder != null) {
            recorder.failed = selectionFailed; // a file whose check failed is never cached
        }
        FileSubjectImpl subject = new FileSubjectImpl(run, file, text.get(), recorder);
        Map<Prefilter, Boolean> searched = new HashMap<>();
        // where the rules flag this file, so that the report takes those lines from this text
        List<Location> flagged = new ArrayList<>();
        for (CompiledRule rule : applicable) {
            FileRuleLogic logic = (FileRuleLogic) rule.logic();
            try {
                if (prefilters) {
                    Prefilter prefilter = run.prefilters.get(rule);
                    long searching = run.costs.profiled() ? System.nanoTime() : 0;
                    boolean may = run.index.mayMatch(words, prefilter, text.get(), searched);
                    if (run.costs.profiled()) {
                        run.costs.addPrefilter(rule.definition().id(), System.nanoTime() - searching);
                    }
                    if (!may) {
                        continue;
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                run.failed(file.path(), rule, e);
                if (recorder != null) {
                    recorder.failed = true;
                }
                continue;
            }
            long started = run.costs == null ? 0 : System.nanoTime();
            long parsing = subject.parseNanos;
            int parses = subject.parses;
            long parsedChars = subject.parsedChars;
            FindingSink reported = run.sink(rule.definition());
            FindingSink sink = (location, message, fix, severity, project, properties) -> {
                flagged.add(location);
                reported.report(location, message, fix, severity, project, properties);
            };
            try {
                logic.check(subject, recorder == null ? sink : recorder.recording(rule.definition().id(), sink));
            } catch (RuntimeException | StackOverflowError e) {
                run.failed(file.path(), rule, e);
                if (recorder != null) {
                    recorder.failed = true;
                }
            }
            if (run.costs != null) {
                long parse = subject.parseNanos - parsing;
                run.costs.add(rule.definition().id(), System.nanoTime() - started - parse);
                if (subject.parses > parses) {
                    run.costs.addParses(rule.definition().id(), parse, subject.parses - parses,
                            subject.parsedChars - parsedChars);
                }
            }
        }
        if (recorder != null && !recorder.failed) {
            cache.record(file, hash, new FileResults.Recorded(recorder.calls, recorder.notes,
                    text.get().contains(dev.guidepost.suppress.SuppressionParser.MARKER)));
        }
        if (!flagged.isEmpty()) {
            run.textObserver.flagged(file, text.get(), flagged);
        }
    }


    /** Reports what the file rules found on a file in an earlier run, as if they had just run. */
    private static void replay(Run run, WorkspaceFile file, List<CompiledRule> applicable,
            FileResults.Recorded recorded, byte[] bytes) {
        Map<String, RuleDefinition> rules = new HashMap<>();
        applicable.forEach(r -> rules.put(r.definition().id(), r.definition()));
        for (FileResults.Call call : recorded.findings()) {
            RuleDefinition rule = rules.get(call.rule());
            if (rule != null) {
                run.sink(rule).report(call.location(), call.message(), call.fix(), call.severity(), call.project(),
                        call.properties());
            }
        }
        recorded.notes().forEach(note -> run.notes.add(new Note(file.path(), note)));
        if (recorded.suppressionMarker()) {
            Optional<byte[]> content = bytes != null ? Optional.of(bytes) : run.readBytes(file);
            content.flatMap(b -> run.decode(file, b));
        }
    }

    /** What the file rules report on one file, for the result cache. */
    private static final class Recorder {
        final List<FileResults.Call> calls = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        boolean failed;

        FindingSink recording(String rule, FindingSink sink) {
            return (location, message, fix, severity, project, properties) -> {
                calls.add(new FileResults.Call(rule, location, message, fix, severity, project, properties));
                sink.report(location, message, fix, severity, project, properties);
            };
        }
    }

    /**
     * The clock of a workspace rule's cost: wall time, or with {@code -Dguidepost.profile=cpu} the CPU
     * time of the worker thread, which stays put on a machine shared with other jobs (each workspace
     * rule runs on one thread from start to end).
     */
    private static long workspaceClock() {
        if ("cpu".equals(System.getProperty("guidepost.profile"))) {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }
        return System.nanoTime();
    }

    private void checkWorkspace(Run run, CompiledRule rule) {
        long started = run.costs == null ? 0 : workspaceClock();
        try {
            ((WorkspaceRuleLogic) rule.logic()).check(new WorkspaceSubjectImpl(run, rule.definition()),
                    run.sink(rule.definition()));
        } catch (RuntimeException | StackOverflowError e) {
            run.failed(".", rule, e);
        }
        if (run.costs != null) {
            run.costs.addWorkspace(rule.definition().id(), workspaceClock() - started);
        }
    }

    /** State of one run, shared by its workers. */
    private static final class Run {
        final Workspace workspace;
        final RunOptions options;
        final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Note> notes = new ConcurrentLinkedQueue<>();
        final java.util.Set<java.nio.file.Path> dependencies = ConcurrentHashMap.newKeySet();
        /** The texts workspace rules read, the recent ones kept (see {@link #TEXT_BUDGET_CHARS}). */
        final BoundedMemo<String, Optional<String>> texts =
                new BoundedMemo<>(TEXT_BUDGET_CHARS, text -> 64 + text.map(String::length).orElse(0));
        final WorkspaceParses parses = new WorkspaceParses();
        final Map<Thread, WorkerStateImpl> workers = new ConcurrentHashMap<>();
        final TextObserver textObserver;
        final RuleCosts costs = RuleCosts.forRun();
        final Units units;
        final dev.guidepost.facts.ProjectFacts facts;
        final WordIndex index;
        /** Each file rule's prefilter, bound to the facts (see {@link Engine#boundPrefilters}). */
        final Map<CompiledRule, Prefilter> prefilters;

        Run(Workspace workspace, RunOptions options, TextObserver textObserver,
                dev.guidepost.facts.ProjectFacts facts, WordIndex index, Map<CompiledRule, Prefilter> prefilters) {
            this.workspace = workspace;
            this.prefilters = prefilters;
            this.index = index;
            this.facts = facts;
            this.options = options;
            this.textObserver = textObserver;
            this.units = new Units(workspace, this::cachedText);
        }

        /** Records that {@code rule} failed on {@code path}: the run goes on, and is incomplete. */
        void failed(String path, CompiledRule rule, Throwable failure) {
            String id = rule.definition().id();
            String message = failure instanceof ParseFailedException parse
                    ? "rule " + id + " could not check this file: its parser failed (" + parse.getCause() + ")"
                    : "rule " + id + " failed" + (path.equals(".") ? "" : " on this file") + ": " + failure;
            notes.add(Note.checkFailed(path, id, message));
        }

        WorkerStateImpl worker() {
            return workers.computeIfAbsent(Thread.currentThread(), t -> new WorkerStateImpl());
        }

        Optional<String> cachedText(WorkspaceFile file) {
            return texts.get(file.path(), p -> readText(file));
        }

        Optional<String> readText(WorkspaceFile file) {
            return readBytes(file).flatMap(bytes -> decode(file, bytes));
        }

        Optional<byte[]> readBytes(WorkspaceFile file) {
            if (file.size() > MAX_FILE_BYTES) {
                notes.add(new Note(file.path(), "not checked: " + FileText.tooLarge().reason()));
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readAllBytes(file.absolutePath()));
            } catch (IOException e) {
                notes.add(new Note(file.path(), "not checked: " + FileText.cannotRead(e).reason()));
                return Optional.empty();
            }
        }

        /** The text of a file's bytes (see {@link FileText}), handed to the text observer. */
        Optional<String> decode(WorkspaceFile file, byte[] bytes) {
            FileText.Read read = FileText.decode(bytes);
            if (read instanceof FileText.Unreadable unreadable) {
                notes.add(new Note(file.path(), "not checked: " + unreadable.reason()));
                return Optional.empty();
            }
            Optional<String> text = read.text();
            textObserver.read(file, text.orElseThrow());
            return text;
        }

        FindingSink sink(RuleDefinition rule) {
            return (location, message, fix, severity, project, properties) -> {
                if (!options.reportedPaths().test(location.path().equals(".") ? "" : location.path())) {
                    return;
                }
                Severity effective = severity == null || severity.isAtLeast(rule.severity()) ? rule.severity() : severity;
                findings.add(new Finding(rule.id(), effective, location, message == null ? rule.message() : message,
                        fix == null ? rule.fix() : fix, project == null ? projectOf(location) : project, properties));
            };
        }

        String projectOf(Location location) {
            String path = location.path().equals(".") ? "" : location.path();
            return workspace.projectOf(path).map(p -> p.displayPath()).orElse("");
        }

        void close() {
            workers.values().forEach(worker -> worker.countsTo(costs::addCount));
            workers.values().forEach(WorkerStateImpl::close);
        }
    }

    private static final class FileSubjectImpl implements FileSubject {
        private final Run run;
        private final WorkspaceFile file;
        private final String text;
        private final Map<Parser<?>, Object> parsed = new HashMap<>();
        private final Recorder recorder;
        /** Time spent in parsers (see {@link RuleCosts}). */
        long parseNanos;
        /** Parses made of this file (one per parser that some rule asked for) and their characters. */
        int parses;
        long parsedChars;

        FileSubjectImpl(Run run, WorkspaceFile file, String text, Recorder recorder) {
            this.run = run;
            this.file = file;
            this.text = text;
            this.recorder = recorder;
        }

        @Override
        public WorkspaceFile file() {
            return file;
        }

        @Override
        public Workspace workspace() {
            return run.workspace;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public dev.guidepost.facts.ProjectFacts facts() {
            return run.facts;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T parsed(Parser<T> parser) {
            Object result = parsed.get(parser);
            if (result == null) {
                long started = run.costs == null ? 0 : System.nanoTime();
                try {
                    result = parser.parse(file, text, worker());
                } catch (RuntimeException | StackOverflowError e) {
                    result = new ParseFailure(e); // every rule that needs this parse fails the same way, parsed once
                }
                parsed.put(parser, result);
                if (run.costs != null) {
                    long elapsed = System.nanoTime() - started;
                    parseNanos += elapsed;
                    parses++;
                    parsedChars += text.length();
                }
            }
            if (result instanceof ParseFailure failure) {
                throw new ParseFailedException(failure.cause());
            }
            return (T) result;
        }

        @Override
        public WorkerState worker() {
            return run.worker();
        }

        @Override
        public void note(String message) {
            run.notes.add(new Note(file.path(), message));
            if (recorder != null) {
                recorder.notes.add(message);
            }
        }
    }

    /** A parser that threw on a file, kept so that it runs once per file. */
    private record ParseFailure(Throwable cause) {
    }

    /** Thrown to a rule whose parser failed on the file. */
    private static final class ParseFailedException extends RuntimeException {
        ParseFailedException(Throwable cause) {
            super(cause);
        }
    }

    private static final class WorkspaceSubjectImpl implements WorkspaceSubject {
        private final Run run;
        private final RuleDefinition rule;

        WorkspaceSubjectImpl(Run run, RuleDefinition rule) {
            this.run = run;
            this.rule = rule;
        }

        @Override
        public Workspace workspace() {
            return run.workspace;
        }

        @Override
        public dev.guidepost.policy.PathSelector selector() {
            return rule.selector();
        }

        @Override
        public dev.guidepost.facts.ProjectFacts facts() {
            return run.facts;
        }

        @Override
        public Optional<String> text(WorkspaceFile file) {
            return run.cachedText(file);
        }

        @Override
        public boolean mayMatch(WorkspaceFile file, Prefilter prefilter) {
            return !run.index.rejects(file.path(), prefilter) && WorkspaceSubject.super.mayMatch(file, prefilter);
        }

        @Override
        public <T> Optional<T> parsed(WorkspaceFile file, Parser<T> parser) {
            return run.parses.parsed(file, text(file), parser, worker());
        }

        @Override
        public WorkerState worker() {
            return run.worker();
        }

        @Override
        public void note(String path, String message) {
            run.notes.add(new Note(path, message));
        }

        @Override
        public void dependsOn(java.nio.file.Path file) {
            run.dependencies.add(file);
        }

        @Override
        public RunOptions options() {
            return run.options;
        }

        @Override
        public Units units() {
            return run.units;
        }
    }

    private static final class WorkerStateImpl implements WorkerState {
        private final Map<Object, AutoCloseable> resources = new HashMap<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T extends AutoCloseable> T get(Object key, Supplier<T> factory) {
            return (T) resources.computeIfAbsent(key, k -> factory.get());
        }

        void countsTo(java.util.function.ObjLongConsumer<String> counts) {
            for (AutoCloseable resource : resources.values()) {
                if (resource instanceof WorkerState.Counting counting) {
                    counting.countsTo(counts);
                }
            }
        }

        void close() {
            for (AutoCloseable resource : resources.values()) {
                try {
                    resource.close();
                } catch (Exception e) {
                    // a resource that fails to close has nothing left to release
                }
            }
        }
    }
}
