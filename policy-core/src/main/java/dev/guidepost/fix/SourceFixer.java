package dev.guidepost.fix;

import dev.guidepost.check.source.SourceEdit;
import dev.guidepost.check.source.SourceEdits;
import dev.guidepost.edit.ChangeWriter;
import dev.guidepost.edit.FileChange;
import dev.guidepost.engine.CompiledRule;
import dev.guidepost.engine.FileRuleLogic;
import dev.guidepost.engine.FileSubject;
import dev.guidepost.engine.Parser;
import dev.guidepost.engine.WorkerState;
import dev.guidepost.report.Finding;
import dev.guidepost.workspace.FileText;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the {@code replace} of source rules to the matches the check reported. Code changes
 * are made only when asked for ({@code --unsafe-fixes}); otherwise a note says how many findings
 * have a replacement waiting. Where two replacements overlap, the first in the file wins and the
 * other waits for the next pass.
 */
final class SourceFixer {

    private final Workspace workspace;
    private final FixSubject.Shared shared;

    SourceFixer(Workspace workspace, FixSubject.Shared shared) {
        this.workspace = workspace;
        this.shared = shared;
    }

    /** The edits and the findings they fix, for the rules among {@code rules} that declare {@code replace}. */
    Fixer.Outcome plan(List<CompiledRule> rules, List<Finding> reported, boolean unsafe) {
        List<CompiledRule> replacing = rules.stream().filter(r -> SourceEdits.replaces(r.logic())).toList();
        List<String> notes = new ArrayList<>();
        Map<List<Object>, Finding> open = new HashMap<>();
        reported.forEach(f -> open.put(List.of(f.ruleId(), f.location()), f));
        if (!unsafe) {
            for (CompiledRule rule : replacing) {
                long count = reported.stream().filter(f -> f.ruleId().equals(rule.definition().id())).count();
                if (count > 0) {
                    notes.add(rule.definition().id() + ": " + count + (count == 1 ? " finding has" : " findings have")
                            + " a replacement that changes code; --unsafe-fixes applies it");
                }
            }
            return new Fixer.Outcome(new FixPlan(List.of(), notes), List.of());
        }
        Map<String, List<Planned>> byFile = new LinkedHashMap<>();
        for (CompiledRule rule : replacing) {
            String id = rule.definition().id();
            Set<String> paths = new LinkedHashSet<>();
            reported.stream().filter(f -> f.ruleId().equals(id)).forEach(f -> paths.add(f.location().path()));
            for (String path : paths) {
                Optional<WorkspaceFile> file = workspace.file(path);
                if (file.isEmpty() || !((FileRuleLogic) rule.logic()).accepts(file.get())) {
                    continue;
                }
                Optional<String> text = FileText.read(file.get()).text();
                if (text.isEmpty()) {
                    continue;
                }
                for (SourceEdit edit : SourceEdits.of(rule.logic(), new Subject(file.get(), text.get()))) {
                    Finding finding = open.get(List.of(id, edit.location()));
                    if (finding != null) {
                        byFile.computeIfAbsent(path, p -> new ArrayList<>()).add(new Planned(edit, finding));
                    }
                }
            }
        }
        List<FileChange> changes = new ArrayList<>();
        List<Finding> addressed = new ArrayList<>();
        boolean[] deferred = {false};
        byFile.forEach((path, edits) -> deferred[0] |= change(path, edits, changes, notes, addressed));
        return new Fixer.Outcome(new FixPlan(changes, notes, deferred[0]), addressed);
    }

    private record Planned(SourceEdit edit, Finding finding) {
    }

    /** Plans one file's edits; true when some overlapped an earlier one and wait for the next pass. */
    private boolean change(String path, List<Planned> edits, List<FileChange> changes, List<String> notes,
            List<Finding> addressed) {
        Optional<String> before;
        try {
            before = ChangeWriter.read(workspace.root().resolve(path));
        } catch (IOException e) {
            notes.add(path + ":1:1: cannot be read (" + e.getMessage() + "); not changed");
            return false;
        }
        if (before.isEmpty()) {
            return false;
        }
        String raw = before.get();
        int shift = raw.startsWith("\uFEFF") ? 1 : 0; // offsets count from after a byte-order mark
        List<Planned> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt((Planned p) -> p.edit().start())
                .thenComparing(Comparator.comparingInt((Planned p) -> p.edit().end()).reversed()));
        StringBuilder out = new StringBuilder();
        int at = 0;
        int applied = 0;
        boolean deferred = false;
        Set<String> rules = new LinkedHashSet<>();
        for (Planned planned : ordered) {
            SourceEdit edit = planned.edit();
            if (edit.start() < at) {
                deferred = true; // overlaps an edit already made: left for the next pass
                continue;
            }
            out.append(raw, at + shift, edit.start() + shift).append(edit.replacement());
            at = edit.end();
            applied++;
            rules.add(planned.finding().ruleId());
            addressed.add(planned.finding());
        }
        out.append(raw, at + shift, raw.length());
        if (applied > 0) {
            changes.add(new FileChange(path, before, raw.substring(0, shift) + out.substring(0),
                    "replaces " + applied + (applied == 1 ? " match" : " matches") + " of " + String.join(", ", rules)));
        }
        return deferred;
    }

    /** One file as a source rule reads it, parsed on the fixing thread. */
    private final class Subject implements FileSubject {
        private final WorkspaceFile file;
        private final String text;
        private final Map<Parser<?>, Object> parsed = new HashMap<>();

        Subject(WorkspaceFile file, String text) {
            this.file = file;
            this.text = text;
        }

        @Override
        public WorkspaceFile file() {
            return file;
        }

        @Override
        public Workspace workspace() {
            return workspace;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T parsed(Parser<T> parser) {
            return (T) parsed.computeIfAbsent(parser, p -> parser.parse(file, text, worker()));
        }

        @Override
        public WorkerState worker() {
            return shared.worker();
        }

        @Override
        public void note(String message) {
            // the check run before the fix reports the same notes
        }
    }
}
