package dev.guidepost.check.markdown;

import java.util.List;

/**
 * A question the documents must answer with a section: any of the heading patterns names it, and
 * the sections so named must together contain each required text and none of the forbidden ones.
 *
 * @param name the question in messages ("tests", "migration policy")
 * @param message the message when no section answers; empty: one is composed
 * @param fix the fix hint when no section answers; empty: the rule's own
 * @param after headings of the section after which a missing answer belongs (empty: after the
 *     answer to the question listed before this one)
 */
public record SectionRequirement(String name, List<HeadingPattern> alternatives, List<TextMatcher> contains,
        List<TextMatcher> forbids, String message, String fix, java.util.Optional<com.google.re2j.Pattern> after) {

    public SectionRequirement {
        alternatives = List.copyOf(alternatives);
        contains = List.copyOf(contains);
        forbids = List.copyOf(forbids);
    }

    /** True when the section counts as an answer to this question. */
    public boolean answeredBy(MarkdownDocument document, Section section) {
        return alternatives.stream().anyMatch(a -> a.answers(document, section));
    }
}
