package dev.guidepost.engine;

import dev.guidepost.policy.Severity;
import dev.guidepost.report.Location;
import dev.guidepost.workspace.WorkspaceFile;
import dev.guidepost.report.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the file rules of one policy reported on files, remembered between runs (see
 * {@code dev.guidepost.cache.ResultCache}). The engine asks before it reads a file and tells after
 * it checked one; an implementation never returns results for a file whose content, policy or tool
 * version differ from those they were computed for.
 */
public interface FileResults {

    /** Results recorded for a file whose size and modification time are those of {@code file}. */
    Optional<Recorded> byStat(WorkspaceFile file);

    /** Results recorded for a file with exactly this content ({@code hash}: {@link #hash(byte[])}). */
    Optional<Recorded> byContent(WorkspaceFile file, byte[] hash);

    /** Remembers what the file rules reported on {@code file} with content {@code hash}. */
    void record(WorkspaceFile file, byte[] hash, Recorded results);

    /** The content hash used as the key. */
    byte[] hash(byte[] content);

    /**
     * The findings and notes file rules reported on one file, as the rules reported them (the
     * engine applies severity caps, project attribution and path narrowing on every replay).
     *
     * @param suppressionMarker whether the file holds a suppression comment (it is then read on
     *     replay so that the comment is seen)
     */
    record Recorded(List<Call> findings, List<String> notes, boolean suppressionMarker) {

        public Recorded {
            findings = List.copyOf(findings);
            notes = List.copyOf(notes);
        }
    }

    /** One {@link FindingSink#report} call of one rule. Null parts mean "the rule's own". */
    record Call(String rule, Location location, String message, String fix, Severity severity, String project,
            Map<String, List<String>> properties) {

        public Call {
            properties = Finding.copy(properties);
        }
    }
}
