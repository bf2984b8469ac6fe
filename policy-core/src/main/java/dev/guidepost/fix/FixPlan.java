package dev.guidepost.fix;

import dev.guidepost.edit.FileChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The edits {@code check --fix} would make, and a note for each finding it cannot fix (a file
 * that is not valid JSON, a value of the wrong type in the way), with its place.
 *
 * @param changes one change per file, in the order they are applied
 * @param notes what could not be fixed and why, each starting with {@code path:line:column}
 * @param deferred true when some edits overlapped others and wait for another pass over the new text
 */
public record FixPlan(List<FileChange> changes, List<String> notes, boolean deferred) {

    public FixPlan {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /** A plan with nothing deferred. */
    public FixPlan(List<FileChange> changes, List<String> notes) {
        this(changes, notes, false);
    }

    /** This plan followed by {@code other}. */
    public FixPlan plus(FixPlan other) {
        List<FileChange> allChanges = new ArrayList<>(changes);
        allChanges.addAll(other.changes);
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(other.notes);
        return new FixPlan(allChanges, allNotes, deferred || other.deferred);
    }

    /** True when nothing would be written. */
    public boolean isEmpty() {
        return changes.stream().allMatch(FileChange::isNoop);
    }
}
