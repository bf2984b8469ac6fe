package dev.guidepost;

import dev.guidepost.baseline.Baseline;
import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.engine.EngineResult;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.report.BaselineSummary;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Note;
import dev.guidepost.report.Fingerprint;
import dev.guidepost.report.Location;
import dev.guidepost.report.Report;
import dev.guidepost.suppress.Suppression;
import dev.guidepost.suppress.SuppressionParser;
import dev.guidepost.suppress.SuppressionRules;
import dev.guidepost.suppress.Suppressor;
import dev.guidepost.workspace.FileText;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * Turns an engine run into a report: applies inline suppressions, fingerprints the findings and
 * applies the baseline. Suppression comments are collected while the engine reads each file
 * ({@link #read}), and the lines the file rules flag are kept from the text they checked
 * ({@link #flagged}); afterwards only files whose findings want other lines (a workspace rule's, a
 * file answered from the result cache) are read again, for the text of the flagged lines.
 */
final class ReportAssembler implements dev.guidepost.engine.TextObserver {

    private final Workspace workspace;
    private final Map<String, List<Suppression>> suppressions = new ConcurrentHashMap<>();
    private final Map<String, Optional<List<String>>> lines = new ConcurrentHashMap<>();
    /**
     * The lines the file rules flagged in a file, kept from the text they checked ({@link #flagged}),
     * with the numbers kept: used when they hold every line the report wants of that file.
     */
    private final Map<String, Flagged> flagged = new ConcurrentHashMap<>();
    /** The lines (numbers from 1) the findings of each file may show or be fingerprinted by. */
    private final Map<String, java.util.BitSet> wanted = new HashMap<>();
    /** How many lines from a finding's first are looked at: for the excerpt or the fingerprint. */
    private static final int LINES_PER_FINDING = Math.max(Report.EXCERPT_LINES, Fingerprint.MAX_LINES);

    ReportAssembler(Workspace workspace) {
        this.workspace = workspace;
    }

    private record Flagged(java.util.BitSet numbers, List<String> lines) {
    }

    /** Collects the suppression comments of a file the engine read; safe to call from any thread. */
    @Override
    public void read(WorkspaceFile file, String text) {
        if (text.contains(SuppressionParser.MARKER)) {
            suppressions.computeIfAbsent(file.path(), p -> SuppressionParser.parse(p, file.language(), text));
        }
    }

    /**
     * Keeps, from the text the file rules checked, the lines their findings in it may show or be
     * fingerprinted by (and its suppression comments'), so that the report need not read the file
     * again; safe to call from any thread.
     */
    @Override
    public void flagged(WorkspaceFile file, String text, List<Location> places) {
        java.util.BitSet keep = new java.util.BitSet();
        for (Location at : places) {
            if (at.path().equals(file.path())) {
                // a finding at no line is shown at line 1 (see placed)
                lookedAt(keep, at.hasLine() ? at.startLine() : 1);
            }
        }
        withSuppressions(file.path(), keep);
        if (!keep.isEmpty()) {
            flagged.put(file.path(), new Flagged(keep, KeptLines.of(text, keep)));
        }
    }

    /**
     * The report of a run.
     *
     * @param judged whether this run judges the suppressions of a rule (second argument, "" for
     *     a malformed one) in a file (first argument); see {@link Suppressor}
     * @param checked whether the run looked at a path (first argument) with a rule (second
     *     argument), for counting fixed baseline entries
     */
    Report assemble(String version, CompiledPolicy policy, EngineResult result, BiPredicate<String, String> judged,
            BiPredicate<String, String> checked, Optional<Baseline> baseline, String baselineName) {
        // command rules judge the commands an assistant runs (guidepost hook), never a repository's files
        List<RuleDefinition> rules = new ArrayList<>(policy.rules().stream()
                .filter(r -> !(r.logic() instanceof dev.guidepost.engine.CommandRuleLogic))
                .map(r -> r.definition()).toList());
        rules.addAll(SuppressionRules.definitions());
        Set<String> known = new HashSet<>();
        rules.forEach(r -> known.add(r.id()));
        List<Finding> placed = result.findings().stream().map(this::placed).toList();
        for (Finding finding : placed) {
            Location at = finding.location();
            if (at.hasLine()) {
                lookedAt(wanted.computeIfAbsent(at.path(), p -> new java.util.BitSet()), at.startLine());
            }
        }
        List<String> toRead = new ArrayList<>();
        for (String path : placed.stream().filter(f -> f.location().pointsAtText()).map(f -> f.location().path())
                .distinct().toList()) {
            Optional<List<String>> kept = keptFor(path);
            if (kept.isPresent()) {
                lines.putIfAbsent(path, kept);
            } else {
                toRead.add(path);
            }
        }
        readLines(toRead);
        Suppressor.Outcome suppressed = new Suppressor(known, this::projectOf, judged).apply(placed, suppressions);
        List<Finding> findings = suppressed.findings();
        // a baseline needs them now; otherwise only a report format that shows them makes them
        Map<Finding, String> fingerprints = baseline.isPresent() ? Fingerprint.assign(findings, this::lines)
                : Fingerprint.lazily(findings, this::lines);
        Optional<BaselineSummary> summary = Optional.empty();
        if (baseline.isPresent()) {
            Baseline.Outcome outcome = baseline.get().apply(findings, fingerprints::get, checked);
            findings = outcome.findings();
            summary = Optional.of(new BaselineSummary(baselineName, outcome.baselined(), outcome.fixed()));
        }
        // made only when a report shows them (HTML)
        Map<Finding, List<String>> excerpts = Report.excerpts(findings, this::excerpt);
        List<Note> notes = new ArrayList<>(result.notes());
        notes.addAll(BlindRules.notes(policy));
        return new Report(version, policy.policy().name(), rules, findings, notes, result.filesScanned(),
                fingerprints, suppressed.suppressed(), summary, excerpts);
    }

    /**
     * A finding about a whole file that its check placed at no line is shown at line 1, so that
     * every report format (and GitHub code scanning, which needs a line) can point into the file.
     * Folders and files that do not exist keep no line.
     */
    private Finding placed(Finding finding) {
        Location at = finding.location();
        if (at.hasLine() || workspace.file(at.path()).isEmpty()) {
            return finding;
        }
        return new Finding(finding.ruleId(), finding.severity(), Location.line(at.path(), 1), finding.message(),
                finding.fix(), finding.project(), finding.properties());
    }

    /** The lines a finding with a line is at, at most {@link Report#EXCERPT_LINES}. */
    private Optional<List<String>> excerpt(Finding finding) {
        Location at = finding.location();
        if (!at.hasLine()) {
            return Optional.empty();
        }
        return lines(at.path()).filter(text -> at.startLine() <= text.size()).map(text -> {
            int last = Math.min(text.size(), Math.min(Math.max(at.endLine(), at.startLine()),
                    at.startLine() + Report.EXCERPT_LINES - 1));
            return List.copyOf(text.subList(at.startLine() - 1, last).stream()
                    .map(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toList());
        });
    }

    /**
     * The lines of a file, read at most once, of which only those findings look at are kept;
     * suppression comments in it are collected on the way.
     */
    private Optional<List<String>> lines(String path) {
        return lines.computeIfAbsent(path, this::read);
    }

    /** Reads the files at {@code paths} on every core (a large repository has thousands with findings). */
    private void readLines(List<String> paths) {
        List<Optional<List<String>>> read = paths.parallelStream().map(this::read).toList();
        for (int i = 0; i < paths.size(); i++) {
            lines.putIfAbsent(paths.get(i), read.get(i));
        }
    }

    /** The lines kept of {@code path} from the text the file rules checked, when they hold every line wanted of it. */
    private Optional<List<String>> keptFor(String path) {
        Flagged kept = flagged.get(path);
        return kept != null && covers(kept.numbers(), keep(path)) ? Optional.of(kept.lines()) : Optional.empty();
    }

    private Optional<List<String>> read(String path) {
        Optional<List<String>> kept = keptFor(path);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<WorkspaceFile> file = workspace.file(path);
        Optional<String> text = file.flatMap(f -> FileText.read(f).text());
        text.ifPresent(t -> read(file.get(), t));
        return text.map(t -> KeptLines.of(t, keep(path)));
    }

    /** The lines of the file at {@code path} to keep: its findings' and its suppression comments' (their own findings). */
    private java.util.BitSet keep(String path) {
        java.util.BitSet findings = wanted.get(path);
        return withSuppressions(path, findings == null ? new java.util.BitSet() : (java.util.BitSet) findings.clone());
    }

    /** Adds to {@code keep} the lines the suppression comments of {@code path} look at; returns it. */
    private java.util.BitSet withSuppressions(String path, java.util.BitSet keep) {
        for (Suppression suppression : suppressions.getOrDefault(path, List.of())) {
            lookedAt(keep, suppression.line());
        }
        return keep;
    }

    /** Sets in {@code lines} the lines looked at for something at {@code line}: its excerpt and fingerprint. */
    private static void lookedAt(java.util.BitSet lines, int line) {
        int first = Math.max(1, line);
        lines.set(first, first + LINES_PER_FINDING);
    }

    /** Whether every number set in {@code wanted} is set in {@code kept}. */
    private static boolean covers(java.util.BitSet kept, java.util.BitSet wanted) {
        java.util.BitSet missing = (java.util.BitSet) wanted.clone();
        missing.andNot(kept);
        return missing.isEmpty();
    }

    private String projectOf(String path) {
        return workspace.projectOf(path.equals(".") ? "" : path).map(p -> p.displayPath()).orElse("");
    }
}
