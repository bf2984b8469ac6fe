package dev.guidepost.check.markdown;

import dev.guidepost.engine.FindingSink;
import dev.guidepost.engine.WorkspaceRuleLogic;
import dev.guidepost.engine.WorkspaceSubject;
import dev.guidepost.policy.PathSelector;
import dev.guidepost.report.Location;
import dev.guidepost.unit.Unit;
import dev.guidepost.unit.UnitKind;
import dev.guidepost.unit.Units;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A compiled {@code markdown} rule. It checks units (see {@link Units}) — each selected file, the
 * repository, or each project of a kind — against their documents: a unit's question counts as answered when any of
 * its documents answers it. Findings about something missing name the nearest root document (or
 * the unit's folder when it has none); findings inside a section name its heading line.
 */
public final class MarkdownRule implements WorkspaceRuleLogic {

    /** Where a unit's documents come from. */
    public enum Documents { MATCHED, CLAUDE_MD }

    private final UnitKind forEach;
    private final Documents documents;
    private final boolean followImports;
    private final int maxImportDepth;
    private final boolean requireDocument;
    private final boolean importsResolve;
    private final Optional<RuleCondition> when;
    private final List<SectionRequirement> sections;
    private final boolean ordered;
    private final List<TextMatcher> contains;
    private final List<TextMatcher> forbids;

    public MarkdownRule(UnitKind forEach, Documents documents, boolean followImports,
            int maxImportDepth, boolean requireDocument, boolean importsResolve, Optional<RuleCondition> when,
            List<SectionRequirement> sections, boolean ordered, List<TextMatcher> contains, List<TextMatcher> forbids) {
        this.forEach = forEach;
        this.documents = documents;
        this.followImports = followImports;
        this.maxImportDepth = maxImportDepth;
        this.requireDocument = requireDocument;
        this.importsResolve = importsResolve;
        this.when = when;
        this.sections = List.copyOf(sections);
        this.ordered = ordered;
        this.contains = List.copyOf(contains);
        this.forbids = List.copyOf(forbids);
    }

    /** One unit as this rule checks it: a folder and its root documents, root first and nearest last. */
    private record Checked(String folder, List<WorkspaceFile> roots) {
        String display() {
            return folder.isEmpty() ? "." : folder;
        }
    }

    @Override
    public void check(WorkspaceSubject subject, FindingSink sink) {
        Set<String> reported = new HashSet<>();
        FindingSink once = (location, message, fix, severity, project, properties) -> {
            if (reported.add(location + "|" + message + "|" + project)) {
                sink.report(location, message, fix, severity, project, properties);
            }
        };
        DocumentLoader loader = new DocumentLoader(subject, followImports, maxImportDepth);
        boolean projects = forEach.projectKind().isPresent();
        for (Checked unit : units(subject)) {
            if (when.isPresent() && !holds(when.get(), unit.folder(), subject)) {
                continue;
            }
            checkUnit(unit, loader.load(unit.roots()), projects ? once.inProject(unit.display()) : once);
        }
    }

    private List<Checked> units(WorkspaceSubject subject) {
        Workspace workspace = subject.workspace();
        PathSelector selector = subject.selector();
        List<Checked> out = new ArrayList<>();
        for (Unit unit : subject.units().of(forEach)) {
            if (forEach == UnitKind.FILE) {
                WorkspaceFile file = workspace.file(unit.folder()).orElseThrow();
                if (isMarkdown(file) && selector.matches(file.path(), file.language())) {
                    out.add(new Checked("", List.of(file)));
                }
            } else if (forEach == UnitKind.REPO) {
                out.add(new Checked("", roots(workspace, "", selector)));
            } else if (documents == Documents.MATCHED
                    || selector.matchesPath(resolve(unit.folder(), forEach.projectKind().orElseThrow().marker()))) {
                out.add(new Checked(unit.folder(), roots(workspace, unit.folder(), selector)));
            }
        }
        return out;
    }

    private static String resolve(String folder, String relative) {
        return folder.isEmpty() ? relative : folder + "/" + relative;
    }

    private List<WorkspaceFile> roots(Workspace workspace, String folder, PathSelector selector) {
        if (documents == Documents.CLAUDE_MD) {
            return InstructionFiles.chain(workspace, folder);
        }
        return workspace.filesUnder(folder).stream()
                .filter(f -> isMarkdown(f) && selector.matches(f.path(), f.language()))
                .toList();
    }

    private static boolean isMarkdown(WorkspaceFile file) {
        return "markdown".equals(file.language());
    }

    private static boolean holds(RuleCondition condition, String folder, WorkspaceSubject subject) {
        for (FileCondition each : condition.conditions()) {
            boolean holds = holds(each, folder, subject);
            if (condition.any() && holds) {
                return true;
            }
            if (!condition.any() && !holds) {
                return false;
            }
        }
        return !condition.any();
    }

    private static boolean holds(FileCondition condition, String folder, WorkspaceSubject subject) {
        int cut = folder.isEmpty() ? 0 : folder.length() + 1;
        for (WorkspaceFile file : subject.workspace().filesUnder(folder)) {
            if (!condition.selects(file.path().substring(cut))) {
                continue;
            }
            if (condition.contains().isEmpty()) {
                return true;
            }
            Optional<String> text = subject.text(file);
            if (text.isPresent() && condition.contains().stream().allMatch(m -> m.occursIn(text.get()))) {
                return true;
            }
        }
        return false;
    }

    private void checkUnit(Checked unit, DocumentLoader.Result loaded, FindingSink sink) {
        List<LoadedDocument> docs = loaded.documents();
        Location anchor = unit.roots().isEmpty() ? Location.file(unit.display())
                : Location.file(unit.roots().get(unit.roots().size() - 1).path());
        if (docs.isEmpty()) {
            // Without any document there is nothing whose content could be wrong: only a rule that
            // requires a document reports, so a project without CLAUDE.md gets one finding, not one per question.
            if (requireDocument) {
                sink.report(Location.file(unit.display()));
            }
            return;
        }
        if (importsResolve) {
            for (ImportProblem problem : loaded.problems()) {
                Import anImport = problem.anImport();
                sink.report(new Location(problem.path(), anImport.line(), anImport.column(), anImport.line(),
                        anImport.column() + anImport.length()), problem.message());
            }
        }
        for (TextMatcher matcher : contains) {
            if (docs.stream().noneMatch(d -> matcher.occursIn(d.document().matchText()))) {
                sink.report(placeMissing(-1, docs, anchor), orDefault(matcher.message(), "The instructions never mention " + matcher.name()),
                        emptyToNull(matcher.fix()));
            }
        }
        for (LoadedDocument doc : docs) {
            for (TextMatcher matcher : forbids) {
                reportForbidden(doc.document(), doc.document().matchText(), 0, matcher, sink);
            }
        }
        for (int i = 0; i < sections.size(); i++) {
            checkSection(sections.get(i), docs, placeMissing(i, docs, anchor), sink);
        }
        if (ordered) {
            checkOrder(docs, sink);
        }
    }

    /**
     * Where a finding about something the instructions never say is shown, in the document of
     * {@code anchor}: for the {@code requirement}-th section of the list, at the heading of the
     * section that answers the nearest earlier one (the missing section belongs after it); else at
     * the document's title; else at line 1.
     */
    private Location placeMissing(int requirement, List<LoadedDocument> docs, Location anchor) {
        Optional<MarkdownDocument> document = docs.stream().map(LoadedDocument::document)
                .filter(d -> d.path().equals(anchor.path())).findFirst();
        if (document.isEmpty()) {
            return anchor;
        }
        for (int i = requirement - 1; i >= 0; i--) {
            OptionalInt line = firstAnswerLine(sections.get(i), document.get());
            if (line.isPresent()) {
                return Location.line(anchor.path(), line.getAsInt());
            }
        }
        return Location.line(anchor.path(), document.get().sections().stream().filter(Section::title)
                .mapToInt(Section::line).findFirst().orElse(1));
    }

    private record Answer(LoadedDocument doc, Section section) {
    }

    private void checkSection(SectionRequirement requirement, List<LoadedDocument> docs, Location anchor,
            FindingSink sink) {
        List<Answer> answers = new ArrayList<>();
        for (LoadedDocument doc : docs) {
            for (Section section : doc.document().sections()) {
                if (requirement.answeredBy(doc.document(), section)) {
                    answers.add(new Answer(doc, section));
                }
            }
        }
        if (answers.isEmpty()) {
            if (requirement.contains().isEmpty()) {
                sink.report(anchor, orDefault(requirement.message(), "No section answers the question of "
                        + requirement.name()), emptyToNull(requirement.fix()));
            } else {
                for (TextMatcher matcher : requirement.contains()) {
                    sink.report(anchor, orDefault(matcher.message(), "No section on " + requirement.name()
                            + ", so nothing says " + matcher.name()), emptyToNull(orDefault(matcher.fix(),
                                    requirement.fix())));
                }
            }
            return;
        }
        Answer nearest = answers.get(0);
        for (Answer answer : answers) {
            if (answer.doc().root() > nearest.doc().root()) {
                nearest = answer;
            }
        }
        for (TextMatcher matcher : requirement.contains()) {
            boolean said = answers.stream().anyMatch(a -> matcher.occursIn(a.doc().document().matchText(a.section())));
            if (!said) {
                sink.report(Location.at(nearest.doc().document().path(), nearest.section().line(), 1),
                        orDefault(matcher.message(), "The '" + nearest.section().heading() + "' section does not say "
                                + matcher.name()), emptyToNull(matcher.fix()));
            }
        }
        for (Answer answer : answers) {
            for (TextMatcher matcher : requirement.forbids()) {
                reportForbidden(answer.doc().document(), answer.doc().document().matchText(answer.section()),
                        answer.section().start(), matcher, sink);
            }
        }
    }

    private static void reportForbidden(MarkdownDocument document, String text, int base, TextMatcher matcher,
            FindingSink sink) {
        var m = matcher.pattern().matcher(text);
        if (m.find()) {
            int start = base + m.start();
            int end = base + Math.max(m.end(), m.start() + 1);
            int line = document.lineOf(start);
            int endLine = document.lineOf(end - 1);
            sink.report(new Location(document.path(), line, document.columnOf(start), endLine,
                    document.columnOf(end - 1) + 1), orDefault(matcher.message(), "Forbidden here: " + matcher.name()),
                    emptyToNull(matcher.fix()));
        }
    }

    private void checkOrder(List<LoadedDocument> docs, FindingSink sink) {
        for (LoadedDocument doc : docs) {
            int[] firstLine = new int[sections.size()];
            for (int i = 0; i < sections.size(); i++) {
                firstLine[i] = firstAnswerLine(sections.get(i), doc.document()).orElse(0);
            }
            for (int i = 0; i < sections.size(); i++) {
                for (int j = i + 1; j < sections.size(); j++) {
                    if (firstLine[i] > 0 && firstLine[j] > 0 && firstLine[i] > firstLine[j]) {
                        sink.report(Location.at(doc.document().path(), firstLine[i], 1), "The section on "
                                + sections.get(i).name() + " should come before the one on " + sections.get(j).name(),
                                null);
                        break;
                    }
                }
            }
        }
    }

    private static OptionalInt firstAnswerLine(SectionRequirement requirement, MarkdownDocument document) {
        for (Section section : document.sections()) {
            if (requirement.answeredBy(document, section)) {
                return OptionalInt.of(section.line());
            }
        }
        return OptionalInt.empty();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
