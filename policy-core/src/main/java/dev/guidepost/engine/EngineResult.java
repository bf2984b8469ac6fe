package dev.guidepost.engine;

import dev.guidepost.report.Finding;
import dev.guidepost.report.Note;
import java.util.List;

/** What one engine run found, before suppressions and baselines are applied. */
public record EngineResult(List<Finding> findings, List<Note> notes, int filesScanned) {

    public EngineResult {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }
}
