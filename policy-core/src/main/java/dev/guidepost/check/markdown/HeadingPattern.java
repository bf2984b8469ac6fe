package dev.guidepost.check.markdown;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which sections can answer a question: a heading regex and/or literal heading aliases, minus the
 * headings an {@code except} regex matches, and text the section must then contain to count.
 *
 * @param heading found anywhere in the heading text; empty: only the aliases count
 * @param aliases whole headings that count, compared ignoring case, spacing, numbering and
 *     trailing punctuation
 * @param except headings that never count even when {@code heading} finds them
 * @param requires text that must occur in the section for it to count as this answer
 */
public record HeadingPattern(Optional<Pattern> heading, Set<String> aliases, Optional<Pattern> except,
        List<TextMatcher> requires) {

    public HeadingPattern {
        aliases = aliases.stream().map(HeadingPattern::normalise).collect(java.util.stream.Collectors.toUnmodifiableSet());
        requires = List.copyOf(requires);
    }

    /** True when a section's heading is one this pattern accepts (titles never are). */
    public boolean acceptsHeading(Section section) {
        if (section.title()) {
            return false;
        }
        String text = section.heading();
        boolean named = heading.map(p -> p.matcher(text).find()).orElse(false) || aliases.contains(normalise(text));
        return named && except.map(p -> !p.matcher(text).find()).orElse(true);
    }

    /** True when the section is accepted and holds every required text. */
    public boolean answers(MarkdownDocument document, Section section) {
        if (!acceptsHeading(section)) {
            return false;
        }
        String body = document.matchText(section);
        return requires.stream().allMatch(m -> m.occursIn(body));
    }

    /** Heading text reduced for alias comparison: "2. Running Tests:" becomes "running tests". */
    static String normalise(String heading) {
        String out = heading.toLowerCase(Locale.ROOT).strip();
        out = out.replaceAll("^[0-9]+[.)]?\\s*", "");
        out = out.replaceAll("[\\p{Punct}\\s]+$", "");
        return out.replaceAll("\\s+", " ");
    }
}
