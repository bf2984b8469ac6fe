package dev.guidepost.engine;

import dev.guidepost.report.Finding;
import dev.guidepost.report.Note;
import java.util.List;
import java.util.Optional;

/**
 * What one engine run found, before suppressions and baselines are applied.
 *
 * @param slowestRule the rule that took the most time, when any rule ran
 * @param dependencies files outside the scanned ones that rules said their answers depend on
 */
public record EngineResult(List<Finding> findings, List<Note> notes, int filesScanned,
        Optional<RuleTime> slowestRule, List<java.nio.file.Path> dependencies) {

    public EngineResult {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
        dependencies = List.copyOf(dependencies);
    }

    /** A result that depends on the scanned files only. */
    public EngineResult(List<Finding> findings, List<Note> notes, int filesScanned, Optional<RuleTime> slowestRule) {
        this(findings, notes, filesScanned, slowestRule, List.of());
    }

    /** A result without timing. */
    public EngineResult(List<Finding> findings, List<Note> notes, int filesScanned) {
        this(findings, notes, filesScanned, Optional.empty());
    }
}
