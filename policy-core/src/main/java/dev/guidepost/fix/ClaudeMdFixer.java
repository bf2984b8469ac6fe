package dev.guidepost.fix;

import dev.guidepost.check.markdown.InstructionFiles;
import dev.guidepost.edit.ChangeWriter;
import dev.guidepost.edit.FileChange;
import dev.guidepost.engine.CompiledRule;
import dev.guidepost.engine.FindingSink;
import dev.guidepost.engine.WorkspaceRuleLogic;
import dev.guidepost.report.Finding;
import dev.guidepost.setup.ClaudeMdSection;
import dev.guidepost.setup.ClaudeMdTemplate;
import dev.guidepost.setup.ClaudeMdTopic;
import dev.guidepost.setup.CommandStyle;
import dev.guidepost.setup.DjangoProjectFacts;
import dev.guidepost.workspace.FileText;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import dev.guidepost.workspace.WorkspaceScanner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the CLAUDE.md questions of the built-in pack that a Django project's instructions leave
 * open, by appending the sections {@code guidepost init} would write (its facts, or a line marked
 * {@link ClaudeMdTemplate#QUESTION} where a fact is unknown); a project without any CLAUDE.md gets
 * the whole file {@code init} writes. Existing text is never changed.
 *
 * <p>It is keyed on rule ids and topics, not on messages: for each rule that reported a finding
 * for a project, the sections of the topics that rule asks about are tried one by one, and a
 * section is kept when the rule itself, run over the instructions with the section added, reports
 * fewer findings for the project. A rule that asks about one topic only gets its section even when
 * the section still carries a question for the team, since that question is the missing answer.
 */
final class ClaudeMdFixer {

    /** The rules of builtin:django this fixer answers, and the topics each asks about, in trial order. */
    static final Map<String, List<ClaudeMdTopic>> TOPICS = topics();

    /** The rule whose finding means the project has no instructions at all. */
    static final String PRESENT = "django/claude-md-present";

    private static Map<String, List<ClaudeMdTopic>> topics() {
        Map<String, List<ClaudeMdTopic>> out = new LinkedHashMap<>();
        out.put("django/claude-md-sections", List.of(ClaudeMdTopic.LAYOUT, ClaudeMdTopic.DATABASE, ClaudeMdTopic.QUERIES,
                ClaudeMdTopic.TESTS, ClaudeMdTopic.MIGRATIONS, ClaudeMdTopic.HARD_RULES));
        out.put("django/claude-md-settings-module", List.of(ClaudeMdTopic.COMMANDS));
        out.put("django/claude-md-migration-policy", List.of(ClaudeMdTopic.MIGRATIONS));
        out.put("django/claude-md-after-change", List.of(ClaudeMdTopic.AFTER_CHANGE));
        out.put("django/claude-md-drf", List.of(ClaudeMdTopic.DRF));
        return out;
    }

    private final Workspace workspace;
    private final FixSubject.Shared shared;
    private final Map<String, CompiledRule> rules;

    ClaudeMdFixer(Workspace workspace, FixSubject.Shared shared, List<CompiledRule> rules) {
        this.workspace = workspace;
        this.shared = shared;
        this.rules = new LinkedHashMap<>();
        for (CompiledRule rule : rules) {
            if ((TOPICS.containsKey(rule.definition().id()) || rule.definition().id().equals(PRESENT))
                    && rule.logic() instanceof WorkspaceRuleLogic) {
                this.rules.put(rule.definition().id(), rule);
            }
        }
    }

    /** The edits for every project with a reported finding of one of {@link #TOPICS}' rules (or of {@link #PRESENT}). */
    Fixer.Outcome plan(List<DjangoProjectFacts> projects, List<Finding> reported) {
        List<FileChange> changes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Finding> addressed = new ArrayList<>();
        for (DjangoProjectFacts facts : projects) {
            String display = facts.folder().isEmpty() ? "." : facts.folder();
            List<Finding> mine = reported.stream()
                    .filter(f -> display.equals(f.project()) && rules.containsKey(f.ruleId())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            if (mine.stream().anyMatch(f -> f.ruleId().equals(PRESENT))) {
                String path = CommandStyle.join(facts.folder(), "CLAUDE.md");
                if (workspace.root().resolve(path).toFile().exists()) {
                    notes.add(path + ":1:1: exists but is left out of the check (it lies in a folder Guidepost skips), and Guidepost never"
                            + " overwrites a file; nothing written");
                } else {
                    changes.add(FileChange.create(path, ClaudeMdTemplate.file(facts), "instructions written as 'guidepost init' does"));
                    ignored(path, notes);
                    addressed.addAll(mine.stream().filter(f -> f.ruleId().equals(PRESENT)).toList());
                }
                continue;
            }
            project(facts, display, mine, changes, notes, addressed);
        }
        return new Fixer.Outcome(new FixPlan(changes, notes), addressed);
    }

    private void project(DjangoProjectFacts facts, String display, List<Finding> mine, List<FileChange> changes,
            List<String> notes, List<Finding> addressed) {
        List<WorkspaceFile> chain = InstructionFiles.chain(workspace, facts.folder());
        if (chain.isEmpty()) {
            return;
        }
        WorkspaceFile nearest = chain.get(chain.size() - 1);
        Optional<String> nearestText = FileText.read(nearest).text();
        if (nearestText.isEmpty()) {
            notes.add(nearest.path() + ":1:1: cannot be read as UTF-8 text; no section added");
            return;
        }
        List<ClaudeMdSection> added = new ArrayList<>();
        String trial = nearestText.get();
        for (Map.Entry<String, List<ClaudeMdTopic>> rule : TOPICS.entrySet()) {
            String id = rule.getKey();
            if (mine.stream().noneMatch(f -> f.ruleId().equals(id))) {
                continue;
            }
            int open = count(id, display, nearest.path(), trial);
            for (ClaudeMdTopic topic : rule.getValue()) {
                if (open == 0) {
                    break;
                }
                Optional<ClaudeMdSection> section = ClaudeMdTemplate.section(facts, topic);
                if (section.isEmpty() || added.stream().anyMatch(s -> s.topic() == topic)
                        || hasHeading(chain, section.get().heading())) {
                    continue; // written before (by init or an earlier fix): its open question is the team's to answer
                }
                String withSection = appended(trial, List.of(section.get()));
                int left = count(id, display, nearest.path(), withSection);
                boolean onlyTopic = rule.getValue().size() == 1;
                if (left < open || (onlyTopic && section.get().render().contains(ClaudeMdTemplate.QUESTION))) {
                    added.add(section.get());
                    trial = withSection;
                    open = left;
                }
            }
            if (added.stream().anyMatch(s -> rule.getValue().contains(s.topic()))) {
                addressed.addAll(mine.stream().filter(f -> f.ruleId().equals(id)).toList());
            }
        }
        if (added.isEmpty()) {
            return;
        }
        added.sort(java.util.Comparator.comparing(ClaudeMdSection::topic)); // the order init writes them in
        String summary = "adds " + added.size() + (added.size() == 1 ? " section: " : " sections: ")
                + String.join(", ", added.stream().map(ClaudeMdSection::heading).toList());
        Optional<String> own = ownFile(facts.folder());
        if (own.isEmpty()) {
            String path = CommandStyle.join(facts.folder(), "CLAUDE.md");
            changes.add(FileChange.create(path, "# " + facts.name() + ": instructions for Claude Code\n"
                    + appended("", added), summary));
            ignored(path, notes);
            return;
        }
        try {
            Optional<String> before = ChangeWriter.read(workspace.root().resolve(own.get()));
            if (before.isEmpty()) {
                return;
            }
            changes.add(new FileChange(own.get(), before, appended(before.get(), added), summary));
        } catch (IOException e) {
            notes.add(own.get() + ":1:1: cannot be read (" + e.getMessage() + "); no section added");
        }
    }

    /** True when a file of the chain already has a level-two heading with exactly this text. */
    private static boolean hasHeading(List<WorkspaceFile> chain, String heading) {
        String line = "## " + heading;
        for (WorkspaceFile file : chain) {
            Optional<String> text = FileText.read(file).text();
            if (text.isPresent() && text.get().lines().anyMatch(l -> l.strip().equals(line))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A note when git ignores a file the fix creates: Claude Code here reads it (and so does
     * guidepost check, as Claude Code does), the team does not get it.
     */
    private void ignored(String path, List<String> notes) {
        if (WorkspaceScanner.gitIgnores(workspace.root(), path)) {
            notes.add(path + ":1:1: written, but git ignores it: Claude Code on this machine reads it (and so does"
                    + " guidepost check), but the team does not get it");
        }
    }

    /** The project's own CLAUDE.md (or .claude/CLAUDE.md), which the team shares; never CLAUDE.local.md. */
    private Optional<String> ownFile(String folder) {
        for (String name : List.of("CLAUDE.md", ".claude/CLAUDE.md")) {
            String path = CommandStyle.join(folder, name);
            if (workspace.file(path).isPresent()) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** {@code text} with the sections appended after a blank line, in the file's own line ends. */
    static String appended(String text, List<ClaudeMdSection> sections) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            out.append(newline);
        }
        for (ClaudeMdSection section : sections) {
            out.append(newline).append(section.render().replace("\n", newline));
        }
        return out.toString();
    }

    /** How many findings {@code ruleId} reports for the project when {@code path} reads {@code text}. */
    private int count(String ruleId, String display, String path, String text) {
        CompiledRule rule = rules.get(ruleId);
        int[] count = {0};
        FindingSink sink = (location, message, fix, severity, project, properties) -> {
            if (display.equals(project)) {
                count[0]++;
            }
        };
        FixSubject.Shared overlay = shared.withOverlay(Map.of(path, text));
        ((WorkspaceRuleLogic) rule.logic()).check(overlay.subject(rule.definition().selector()), sink);
        return count[0];
    }
}
