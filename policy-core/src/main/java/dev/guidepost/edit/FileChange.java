package dev.guidepost.edit;

import java.util.Optional;

/**
 * A new text for one file of a repository, with the text it replaces.
 *
 * @param path the file, relative to the repository root, '/'-separated
 * @param before the file's current text, empty when the file does not exist yet
 * @param after the text to write
 * @param summary what the change does, one line for people ("adds 12 deny entries")
 */
public record FileChange(String path, Optional<String> before, String after, String summary) {

    /** A new file. */
    public static FileChange create(String path, String text, String summary) {
        return new FileChange(path, Optional.empty(), text, summary);
    }

    /** True when the change creates the file. */
    public boolean creates() {
        return before.isEmpty();
    }

    /** True when applying the change would alter no byte. */
    public boolean isNoop() {
        return before.isPresent() && before.get().equals(after);
    }
}
