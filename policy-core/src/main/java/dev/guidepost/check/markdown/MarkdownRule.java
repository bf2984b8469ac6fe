package dev.guidepost.check.markdown;

import com.google.re2j.Pattern;
import dev.guidepost.engine.FindingSink;
import dev.guidepost.engine.Prefilter;
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
import java.util.function.Supplier;

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
    private final Optional<Pattern> placeAfter;
    private final Optional<LanguageCheck> languages;

    public MarkdownRule(UnitKind forEach, Documents documents, boolean followImports,
            int maxImportDepth, boolean requireDocument, boolean importsResolve, Optional<RuleCondition> when,
            List<SectionRequirement> sections, boolean ordered, List<TextMatcher> contains, List<TextMatcher> forbids,
            Optional<Pattern> placeAfter, Optional<LanguageCheck> languages) {
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
        this.placeAfter = placeAfter;
        this.languages = languages;
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

    @Override
    public List<Prefilter> prefilters() {
        return when.map(w -> w.conditions().stream().map(FileCondition::literals).toList()).orElse(List.of());
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
        Prefilter literals = condition.literals();
        for (WorkspaceFile file : subject.workspace().filesUnder(folder)) {
            if (!condition.selects(file.path().substring(cut))) {
                continue;
            }
            if (condition.contains().isEmpty()) {
                return true;
            }
            if (!subject.mayMatch(file, literals)) {
                continue;
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
        if (languages.isPresent() && languages.get().language(docs).isEmpty()) {
            // Keyword sets cannot judge prose in another language: say so once instead of
            // reporting every question as unanswered.
            if (languages.get().report()) {
                sink.report(Location.line(nearestDocument(docs, anchor).document().path(), 1),
                        orDefault(languages.get().message(),
                                "The instructions are in a language this rule's keyword sets do not cover"),
                        emptyToNull(languages.get().fix()));
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
                sink.report(placeMissing(-1, placeAfter, docs, anchor), orDefault(matcher.message(), "The instructions never mention " + matcher.name()),
                        emptyToNull(matcher.fix()));
            }
        }
        for (LoadedDocument doc : docs) {
            for (TextMatcher matcher : forbids) {
                reportForbidden(doc.document(), doc.document().matchText(), 0, matcher, sink);
            }
        }
        for (int i = 0; i < sections.size(); i++) {
            int requirement = i;
            checkSection(sections.get(i), docs,
                    () -> placeMissing(requirement, sections.get(requirement).after().or(() -> placeAfter), docs, anchor), sink);
        }
        if (ordered) {
            checkOrder(docs, sink);
        }
    }

    /**
     * Where a finding about something the instructions never say is shown, in the nearest document:
     * on the line after which the missing part belongs. That is the last line of the first section
     * whose heading {@code after} finds; else, for the {@code requirement}-th section of the list, the
     * last line of the section answering the nearest earlier one; else the document's title; else line 1.
     */
    private Location placeMissing(int requirement, Optional<Pattern> after, List<LoadedDocument> docs, Location anchor) {
        Optional<MarkdownDocument> found = docs.stream().filter(d -> d.depth() == 0).map(LoadedDocument::document)
                .filter(d -> d.path().equals(anchor.path())).findFirst();
        if (found.isEmpty()) {
            return anchor;
        }
        MarkdownDocument document = found.get();
        if (after.isPresent()) {
            for (Section section : document.sections()) {
                if (!section.title() && after.get().matcher(section.heading()).find()) {
                    return Location.line(anchor.path(), lastLine(document, section));
                }
            }
        }
        for (int i = requirement - 1; i >= 0; i--) {
            for (Section section : document.sections()) {
                if (sections.get(i).answeredBy(document, section)) {
                    return Location.line(anchor.path(), lastLine(document, section));
                }
            }
        }
        return Location.line(anchor.path(), document.sections().stream().filter(Section::title)
                .mapToInt(Section::line).findFirst().orElse(1));
    }

    /** The last non-blank line of a section. */
    private static int lastLine(MarkdownDocument document, Section section) {
        String text = document.text();
        int end = Math.min(section.end(), text.length());
        while (end > section.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return document.lineOf(Math.max(section.start(), end - 1));
    }

    /** The nearest root document: the one findings about missing content go to. */
    private static LoadedDocument nearestDocument(List<LoadedDocument> docs, Location anchor) {
        LoadedDocument nearest = docs.get(0);
        for (LoadedDocument doc : docs) {
            if (doc.depth() == 0 && doc.document().path().equals(anchor.path())) {
                return doc;
            }
            if (doc.depth() == 0 && doc.root() >= nearest.root()) {
                nearest = doc;
            }
        }
        return nearest;
    }

    private record Answer(LoadedDocument doc, Section section) {
    }

    /** Checks one question; {@code missing} places the finding when no section answers it (worked out only then). */
    private void checkSection(SectionRequirement requirement, List<LoadedDocument> docs, Supplier<Location> missing,
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
            // One gap, one finding: a missing section is reported once, naming everything it must say.
            String message = orDefault(requirement.message(), "No section answers the question of " + requirement.name());
            if (!requirement.contains().isEmpty()) {
                message += " (it must say " + String.join("; ", requirement.contains().stream().map(TextMatcher::name)
                        .toList()) + ")";
            }
            sink.report(missing.get(), message, emptyToNull(requirement.fix()));
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
