package dev.guidepost.check.markdown;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.OptionalInt;

/**
 * Text a rule requires or forbids: a literal (matched ignoring case) or an RE2J regex.
 *
 * @param name what the text stands for in messages ("the full test suite"); the literal or the
 *     regex when the policy gives no name
 * @param message the message for a finding about this text; empty: one is composed
 * @param fix the fix hint for a finding about this text; empty: the rule's own
 */
public record TextMatcher(String name, Pattern pattern, String message, String fix) {

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
        return pattern.matcher(text).find();
    }
}
