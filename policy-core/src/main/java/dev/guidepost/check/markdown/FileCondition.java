package dev.guidepost.check.markdown;

import dev.guidepost.policy.Glob;
import java.util.List;

/**
 * Holds for a folder when some file under it, named by one of the globs (relative to the folder),
 * contains every given text; with no texts, when such a file exists.
 */
public record FileCondition(List<Glob> files, List<TextMatcher> contains) {

    public FileCondition {
        files = List.copyOf(files);
        contains = List.copyOf(contains);
    }

    /** The literal test a file's text must pass to contain every text (those of {@link TextMatcher#literals}). */
    public dev.guidepost.engine.Prefilter literals() {
        return dev.guidepost.engine.Prefilter.all(contains.stream().map(TextMatcher::literals).toList());
    }

    /** True when {@code relativePath} is one of the files this condition looks at. */
    public boolean selects(String relativePath) {
        return files.stream().anyMatch(g -> g.matches(relativePath));
    }
}
