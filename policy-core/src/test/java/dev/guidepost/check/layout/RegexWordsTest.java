package dev.guidepost.check.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RegexWordsTest {

    @Test
    void takesTheLongestLiteralRunOfEachAlternative() {
        assertThat(RegexWords.of("ViewSet$|APIView$")).contains(Set.of("ViewSet", "APIView"));
        assertThat(RegexWords.of("(^|\\.)receiver$")).contains(Set.of("receiver"));
        assertThat(RegexWords.of("[Rr]outer\\.register$")).contains(Set.of("outer.register"));
    }

    @Test
    void givesNoWordsWhenAnAlternativeHasNoSafeLiteral() {
        assertThat(RegexWords.of("Serializer$|^\\w+$")).isEmpty();
        assertThat(RegexWords.of("(?i)viewset")).isEmpty();
        assertThat(RegexWords.of("(foo|bar)")).isEmpty();
        assertThat(RegexWords.of("ab?c")).isEmpty();
    }

    @Property
    void everyTextTheRegexFindsAMatchInContainsAWord(@ForAll("regexes") String regex, @ForAll("texts") String text) {
        var words = RegexWords.of(regex);
        if (words.isPresent() && Pattern.compile(regex).matcher(text).find()) {
            assertThat(words.get()).anyMatch(text::contains);
        }
    }

    @Provide
    Arbitrary<String> regexes() {
        Arbitrary<String> atom = Arbitraries.of("ab", "abc", "View", "Set", "x?", "y*", "z+", "[Rr]", "\\.", ".", "(a|b)",
                "^", "$", "\\w", "Router", "er+");
        return atom.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l))
                .flatMap(a -> Arbitraries.of(a, a + "|" + "ViewSet$"));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> random = Arbitraries.strings().withChars("abcxyzRrouterViewSt.ew_").ofMaxLength(24);
        Arbitrary<String> pieces = Arbitraries.of("ab", "abc", "a", "b", "c", "View", "Set", "ViewSet", "Router", "router",
                ".", "x", "yy", "zz", "err", "_").list().ofMaxSize(6).map(l -> String.join("", l));
        return Arbitraries.oneOf(random, pieces);
    }
}
