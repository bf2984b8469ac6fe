package dev.guidepost.check.layout;

import dev.guidepost.check.source.SourceLanguage;
import dev.guidepost.check.source.SourceMatch;
import dev.guidepost.check.source.SyntaxTree;
import dev.guidepost.check.source.TreeSitterParser;
import dev.guidepost.engine.FindingSink;
import dev.guidepost.engine.Parser;
import dev.guidepost.engine.Prefilter;
import dev.guidepost.engine.WorkspaceRuleLogic;
import dev.guidepost.engine.WorkspaceSubject;
import dev.guidepost.policy.Glob;
import dev.guidepost.report.Location;
import dev.guidepost.unit.Unit;
import dev.guidepost.unit.UnitKind;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A compiled layout rule: runs its requirements, prohibitions and placements for every unit. */
final class LayoutLogic implements WorkspaceRuleLogic {

    /**
     * Python files parsed for placements: once per file and run for all layout rules, with the
     * matcher's tree-sitter parser of the worker thread.
     */
    static final Parser<SyntaxTree> PYTHON_TREES = (file, text, worker) ->
            worker.get(TreeSitterParser.class, TreeSitterParser::new).parse(text, SourceLanguage.PYTHON);

    private final UnitKind forEach;
    private final Condition when;
    private final List<PathRule> require;
    private final List<PathRule> forbid;
    private final Optional<Condition> ensure;
    private final List<Placement> placements;
    private final String message;

    LayoutLogic(String message, UnitKind forEach, Condition when, List<PathRule> require, List<PathRule> forbid,
            Optional<Condition> ensure, List<Placement> placements) {
        this.forEach = forEach;
        this.when = when;
        this.require = List.copyOf(require);
        this.forbid = List.copyOf(forbid);
        this.ensure = ensure;
        this.placements = List.copyOf(placements);
        this.message = message == null ? "" : message;
    }

    /** What the placements' rule bodies ask of the project facts ({@code facts:} tests in {@code find}). */
    @Override
    public dev.guidepost.facts.ProjectFacts.Demand factDemand() {
        dev.guidepost.facts.ProjectFacts.Demand demand = dev.guidepost.facts.ProjectFacts.Demand.NONE;
        for (Placement placement : placements) {
            demand = demand.and(placement.rule().factDemand());
        }
        return demand;
    }

    @Override
    public void check(WorkspaceSubject subject, FindingSink sink) {
        List<Unit> units = subject.units().of(forEach);
        if (units.isEmpty()) {
            return;
        }
        UnitFacts facts = new UnitFacts(subject);
        // a forbidden place is reported once, even when several units see it (a root-anchored glob
        // under for-each: django-app names the same folder for every app)
        Set<String> reported = new LinkedHashSet<>();
        for (Unit unit : units) {
            // In a run narrowed to some files (a hook, a path argument) most units cannot report
            // anywhere that is kept; their conditions, which read file text, are then not evaluated.
            boolean folderKept = reportable(subject, unit.displayFolder());
            List<String> forbidden = forbid.isEmpty() ? List.of() : forbiddenPlaces(unit, facts, subject);
            // whether a placement could report is only needed first when nothing else could: in a
            // whole run the unit folder is kept, and the unit's files are listed only if 'when' holds
            Boolean placementsKept = null;
            if (!folderKept && forbidden.isEmpty()) {
                placementsKept = placementsKept(unit, facts, subject);
                if (!placementsKept) {
                    continue;
                }
            }
            if (!when.holds(unit, facts)) {
                continue;
            }
            if (placementsKept == null) {
                placementsKept = placementsKept(unit, facts, subject);
            }
            if (folderKept) {
                for (PathRule rule : require) {
                    checkRequired(unit, rule, facts, sink);
                }
            }
            if (!forbidden.isEmpty()) {
                for (PathRule rule : forbid) {
                    checkForbidden(unit, rule, facts, subject, reported, sink);
                }
            }
            if (folderKept && ensure.isPresent() && !ensure.get().holds(unit, facts)) {
                sink.report(Location.file(unit.displayFolder()));
            }
            if (placementsKept) {
                checkPlacements(unit, facts, subject, sink);
            }
        }
    }

    @Override
    public List<Prefilter> prefilters() {
        List<Prefilter> out = new ArrayList<>(when.prefilters());
        ensure.ifPresent(e -> out.addAll(e.prefilters()));
        for (PathRule rule : require) {
            out.addAll(rule.when().prefilters());
        }
        for (PathRule rule : forbid) {
            out.addAll(rule.when().prefilters());
        }
        placements.forEach(p -> out.add(p.prefilter()));
        return out;
    }

    /** True when the unit has placements and a source file where a placement's finding would be kept. */
    private boolean placementsKept(Unit unit, UnitFacts facts, WorkspaceSubject subject) {
        return !placements.isEmpty()
                && sourceFiles(unit, facts, subject).stream().anyMatch(f -> reportable(subject, f.path()));
    }

    /** True when a finding at {@code path} would be kept by the run (see {@code RunOptions.reportedPaths}). */
    private static boolean reportable(WorkspaceSubject subject, String path) {
        return subject.options().reportedPaths().test(path.equals(".") ? "" : path);
    }

    /** The places the forbid rules of a unit could report that the run keeps, before their conditions are asked. */
    private List<String> forbiddenPlaces(Unit unit, UnitFacts facts, WorkspaceSubject subject) {
        List<String> out = new ArrayList<>();
        for (PathRule rule : forbid) {
            Map<String, String> values = facts.placeholders(unit, rule.usesSettings());
            for (PathTemplate path : rule.paths()) {
                Optional<PathTemplate.Resolved> r = path.expand(unit.folder(), values);
                if (r.isEmpty() || r.get().path().isEmpty()) {
                    continue;
                }
                for (String found : facts.index().outermostMatches(r.get().glob(), r.get().literalPrefix())) {
                    if (reportable(subject, found)) {
                        out.add(found);
                    }
                }
            }
        }
        return out;
    }

    private void checkPlacements(Unit unit, UnitFacts facts, WorkspaceSubject subject, FindingSink sink) {
        List<List<Glob>> allowed = new ArrayList<>();
        for (Placement placement : placements) {
            List<Glob> globs = new ArrayList<>();
            for (PathTemplate path : placement.allowed()) {
                path.expand(unit.folder(), facts.placeholders(unit, path.placeholders().contains("settings")))
                        .filter(r -> !r.path().isEmpty()).ifPresent(r -> globs.add(r.glob()));
            }
            allowed.add(globs);
        }
        for (WorkspaceFile file : sourceFiles(unit, facts, subject)) {
            if (!subject.options().reportedPaths().test(file.path())) {
                continue; // a placement reports in the file it reads: nothing it found here would be kept
            }
            for (int i = 0; i < placements.size(); i++) {
                Placement placement = placements.get(i);
                if (allowed.get(i).stream().anyMatch(g -> g.matches(file.path()))) {
                    continue;
                }
                if (!subject.mayMatch(file, placement.prefilter())) {
                    continue;
                }
                Optional<SyntaxTree> tree = subject.parsed(file, placement.parser());
                if (tree.isEmpty()) {
                    continue;
                }
                // one misplaced module is one gap: one finding at its first definition names the others' lines
                List<SourceMatch> matches = placement.rule().find(tree.get(), subject.facts().in(file.path()));
                if (!matches.isEmpty()) {
                    SourceMatch first = matches.get(0);
                    String shown = placement.message().orElse(message);
                    List<String> lines = matches.stream().map(m -> Integer.toString(m.startLine())).distinct().toList();
                    if (lines.size() > 1) {
                        shown = (shown.isEmpty() ? "" : shown + " ") + "(" + lines.size() + " in this file, lines "
                                + String.join(", ", lines) + ")";
                    }
                    sink.report(new Location(file.path(), first.startLine(), first.startColumn(), first.endLine(),
                            first.endColumn()), shown, null, null, null, Map.of("lines", lines));
                }
            }
        }
    }

    private void checkRequired(Unit unit, PathRule rule, UnitFacts facts, FindingSink sink) {
        if (!rule.when().holds(unit, facts)) {
            return;
        }
        Map<String, String> values = facts.placeholders(unit, rule.usesSettings());
        List<PathTemplate.Resolved> resolved = new ArrayList<>();
        for (PathTemplate path : rule.paths()) {
            Optional<PathTemplate.Resolved> r = path.expand(unit.folder(), values);
            if (r.isEmpty()) {
                return; // a placeholder without a value here: the requirement does not apply
            }
            resolved.add(r.get());
        }
        for (PathTemplate.Resolved r : resolved) {
            if (r.path().isEmpty() || facts.index().anyMatch(r.glob(), r.literalPrefix())) {
                return;
            }
        }
        String expected = String.join(" or ", resolved.stream().map(PathTemplate.Resolved::display).toList());
        String text = rule.message().orElse(message);
        sink.report(Location.file(unit.displayFolder()), (text.isEmpty() ? "" : text + " ") + "(expected: " + expected + ")");
    }

    private static void checkForbidden(Unit unit, PathRule rule, UnitFacts facts, WorkspaceSubject subject,
            Set<String> reported, FindingSink sink) {
        if (!rule.when().holds(unit, facts)) {
            return;
        }
        Map<String, String> values = facts.placeholders(unit, rule.usesSettings());
        for (PathTemplate path : rule.paths()) {
            Optional<PathTemplate.Resolved> r = path.expand(unit.folder(), values);
            if (r.isEmpty() || r.get().path().isEmpty()) {
                continue;
            }
            Glob glob = r.get().glob();
            for (String found : facts.index().outermostMatches(glob, r.get().literalPrefix())) {
                if (subject.selector().matchesPath(found) && reported.add(found)) {
                    sink.report(Location.file(found), rule.message().orElse(null));
                }
            }
        }
    }

    /** The Python files of a unit that placements read. */
    static List<WorkspaceFile> sourceFiles(Unit unit, UnitFacts facts, WorkspaceSubject subject) {
        return facts.index().filesUnder(unit.folder()).stream()
                .filter(f -> f.language().equals("python") && !unit.inNested(f.path())
                        && subject.selector().matches(f.path(), f.language()))
                .toList();
    }
}
