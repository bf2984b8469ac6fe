package dev.guidepost.check.markdown;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.guidepost.engine.NodeRegexFilter;
import dev.guidepost.engine.Prefilter;
import java.util.OptionalInt;

/**
 * Text a rule requires or forbids: a literal (matched ignoring case) or an RE2J regex.
 *
 * @param name what the text stands for in messages ("the full test suite"); the literal or the
 *     regex when the policy gives no name
 * @param message the message for a finding about this text; empty: one is composed
 * @param fix the fix hint for a finding about this text; empty: the rule's own
 * @param literals a test of the literal words every match contains, tried before the regex (RE2J
 *     is slow on long texts: a {@code when} condition can search every Python file of a project)
 */
public record TextMatcher(String name, Pattern pattern, String message, String fix, Prefilter literals) {

    /** A matcher whose literal test is derived from the pattern. */
    public TextMatcher(String name, Pattern pattern, String message, String fix) {
        this(name, pattern, message, fix, NodeRegexFilter.literals(pattern));
    }

    /** A literal matched ignoring case. */
    public static TextMatcher literal(String text) {
        return new TextMatcher(text, Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE), "", "");
    }

    /** The offset of the first match in {@code text}, if any. */
    public OptionalInt find(String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? OptionalInt.of(matcher.start()) : OptionalInt.empty();
    }

    /** True when the text occurs in {@code text}. */
    public boolean occursIn(String text) {
        return literals.mayMatch(text) && pattern.matcher(text).find();
    }
}
