package dev.guidepost.check.layout;

import dev.guidepost.engine.FindingSink;
import dev.guidepost.engine.WorkspaceRuleLogic;
import dev.guidepost.engine.WorkspaceSubject;
import dev.guidepost.policy.Glob;
import dev.guidepost.report.Location;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A compiled layout rule: runs its requirements, prohibitions and placements for every unit. */
final class LayoutLogic implements WorkspaceRuleLogic {

    private final ForEach forEach;
    private final Condition when;
    private final List<PathRule> require;
    private final List<PathRule> forbid;
    private final Optional<Condition> ensure;
    private final List<Placement> placements;
    private final String message;

    LayoutLogic(String message, ForEach forEach, Condition when, List<PathRule> require, List<PathRule> forbid,
            Optional<Condition> ensure, List<Placement> placements) {
        this.forEach = forEach;
        this.when = when;
        this.require = List.copyOf(require);
        this.forbid = List.copyOf(forbid);
        this.ensure = ensure;
        this.placements = List.copyOf(placements);
        this.message = message == null ? "" : message;
    }

    @Override
    public void check(WorkspaceSubject subject, FindingSink sink) {
        List<Unit> units = forEach.units(subject.workspace());
        if (units.isEmpty()) {
            return;
        }
        UnitFacts facts = new UnitFacts(subject);
        boolean placementsPending = false;
        for (Unit unit : units) {
            if (!when.holds(unit, facts)) {
                continue;
            }
            for (PathRule rule : require) {
                checkRequired(unit, rule, facts, sink);
            }
            Set<String> reported = new LinkedHashSet<>();
            for (PathRule rule : forbid) {
                checkForbidden(unit, rule, facts, subject, reported, sink);
            }
            if (ensure.isPresent() && !ensure.get().holds(unit, facts)) {
                sink.report(Location.file(unit.displayFolder()));
            }
            placementsPending |= !placements.isEmpty();
        }
        if (placementsPending) {
            subject.note(".", "'must-live-in' is not checked yet: it waits for the source matcher");
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
                .filter(f -> f.language().equals("python") && subject.selector().matches(f.path(), f.language()))
                .toList();
    }
}
