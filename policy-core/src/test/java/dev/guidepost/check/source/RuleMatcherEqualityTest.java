package dev.guidepost.check.source;

import dev.guidepost.EqualityContract;
import dev.guidepost.engine.Prefilter;
import com.google.re2j.Pattern;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rule matchers compare by every component, as records do (their methods are written out). */
class RuleMatcherEqualityTest {

    private static final RuleMatcher NAME = new RuleMatcher.KindMatcher("identifier");
    private static final RuleMatcher CALL = new RuleMatcher.KindMatcher("call");
    private static final RuleMatcher.StopBy NEIGHBOR = new RuleMatcher.StopBy.Neighbor();
    private static final RuleMatcher.StopBy END = new RuleMatcher.StopBy.End();

    @Test
    void relationalMatchersDifferInEachPart() {
        EqualityContract.holds(new RuleMatcher.Has(NAME, "body", NEIGHBOR, Set.of("identifier")),
                new RuleMatcher.Has(new RuleMatcher.KindMatcher("identifier"), "body", new RuleMatcher.StopBy.Neighbor(),
                        Set.of("identifier")),
                new RuleMatcher.Has(CALL, "body", NEIGHBOR, Set.of("identifier")),
                new RuleMatcher.Has(NAME, null, NEIGHBOR, Set.of("identifier")),
                new RuleMatcher.Has(NAME, "body", END, Set.of("identifier")),
                new RuleMatcher.Has(NAME, "body", NEIGHBOR, Set.of("call")));
        EqualityContract.holds(new RuleMatcher.Inside(NAME, "body", NEIGHBOR), new RuleMatcher.Inside(NAME, "body", NEIGHBOR),
                new RuleMatcher.Inside(CALL, "body", NEIGHBOR), new RuleMatcher.Inside(NAME, "name", NEIGHBOR),
                new RuleMatcher.Inside(NAME, "body", END));
        EqualityContract.holds(new RuleMatcher.Sibling(NAME, true, NEIGHBOR), new RuleMatcher.Sibling(NAME, true, NEIGHBOR),
                new RuleMatcher.Sibling(CALL, true, NEIGHBOR), new RuleMatcher.Sibling(NAME, false, NEIGHBOR),
                new RuleMatcher.Sibling(NAME, true, END));
        EqualityContract.holds(NEIGHBOR, new RuleMatcher.StopBy.Neighbor(), END);
    }

    @Test
    void otherMatchersDifferInEachPart() {
        EqualityContract.holds(new RuleMatcher.Not(NAME), new RuleMatcher.Not(new RuleMatcher.KindMatcher("identifier")),
                new RuleMatcher.Not(CALL));
        UtilityRules rules = new UtilityRules();
        EqualityContract.holds(new RuleMatcher.Matches("u", rules), new RuleMatcher.Matches(new String("u"), rules),
                new RuleMatcher.Matches("v", rules), new RuleMatcher.Matches("u", new UtilityRules()));
        Pattern regex = Pattern.compile("^objects$");
        RuleMatcher.RegexMatcher matcher = RuleMatcher.RegexMatcher.of(regex);
        EqualityContract.holds(matcher, new RuleMatcher.RegexMatcher(regex, matcher.literal(), matcher.required()),
                new RuleMatcher.RegexMatcher(Pattern.compile("^other$"), matcher.literal(), matcher.required()),
                new RuleMatcher.RegexMatcher(regex, null, matcher.required()),
                new RuleMatcher.RegexMatcher(regex, matcher.literal(), Prefilter.never()));
    }
}
