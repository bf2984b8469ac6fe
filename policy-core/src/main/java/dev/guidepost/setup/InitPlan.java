package dev.guidepost.setup;

import dev.guidepost.edit.FileChange;
import java.util.List;

/**
 * What {@code guidepost init} would write: the new files, and a note for each file it leaves as
 * it is (and why).
 */
public record InitPlan(List<FileChange> changes, List<String> notes, List<DjangoProjectFacts> projects) {

    public InitPlan {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
        projects = List.copyOf(projects);
    }
}
