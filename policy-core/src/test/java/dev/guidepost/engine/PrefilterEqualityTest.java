package dev.guidepost.engine;

import dev.guidepost.EqualityContract;
import dev.guidepost.facts.FactTest;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Prefilters compare by every component, as records do (their methods are written out). */
class PrefilterEqualityTest {

    @Test
    void wordsDifferByWordsAndTokens() {
        EqualityContract.holds(new Prefilter.Words(Set.of("a", "b"), true), new Prefilter.Words(Set.of("b", "a"), true),
                new Prefilter.Words(Set.of("a"), true), new Prefilter.Words(Set.of("a", "b"), false),
                new Prefilter.WordIgnoringCase("a"));
        EqualityContract.holds(new Prefilter.WordIgnoringCase("abc"), new Prefilter.WordIgnoringCase(new String("abc")),
                new Prefilter.WordIgnoringCase("abd"));
    }

    @Test
    void compositesDifferByTheirParts() {
        Prefilter a = new Prefilter.WordIgnoringCase("a");
        Prefilter b = new Prefilter.WordIgnoringCase("b");
        EqualityContract.holds(new Prefilter.All(List.of(a, b)), new Prefilter.All(List.of(a, b)),
                new Prefilter.All(List.of(b, a)), new Prefilter.All(List.of(a)), new Prefilter.Any(List.of(a, b)));
        EqualityContract.holds(new Prefilter.Any(List.of(a, b)), new Prefilter.Any(List.of(a, b)),
                new Prefilter.Any(List.of(a)), new Prefilter.All(List.of(a, b)));
        FactTest views = new FactTest.Extends(Pattern.compile("View"));
        EqualityContract.holds(new Prefilter.ClassFacts(List.of(views)), new Prefilter.ClassFacts(List.of(views)),
                new Prefilter.ClassFacts(List.of()));
        EqualityContract.holds(new Prefilter.Never(), new Prefilter.Never(), new Prefilter.Always());
    }
}
