package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LiteralRegexTest {

    @Test
    void recognisesLiteralsAnchorsAndAlternations() {
        assertThat(LiteralRegex.of(Pattern.compile("^DEBUG$"))).hasValueSatisfying(l -> {
            assertThat(l.alternatives()).containsExactly("DEBUG");
            assertThat(l.atStart()).isTrue();
            assertThat(l.atEnd()).isTrue();
        });
        assertThat(LiteralRegex.of(Pattern.compile("^(sender|dispatch_uid|weak)$"))).hasValueSatisfying(
                l -> assertThat(l.alternatives()).containsExactly("sender", "dispatch_uid", "weak"));
        assertThat(LiteralRegex.of(Pattern.compile("^django\\.conf$"))).hasValueSatisfying(
                l -> assertThat(l.alternatives()).containsExactly("django.conf"));
        assertThat(LiteralRegex.of(Pattern.compile("^\\w+$"))).isEmpty();
        assertThat(LiteralRegex.of(Pattern.compile("a|b"))).isEmpty();
        assertThat(LiteralRegex.of(Pattern.compile("(?i)a"))).isEmpty();
        assertThat(LiteralRegex.of(Pattern.compile("(a)|(b)"))).isEmpty();
    }

    @Provide
    Arbitrary<String> regexes() {
        return Arbitraries.of("^ab$", "^ab", "ab$", "ab", "^(a|ab|b)$", "(a|b\\.)", "^(a|b)", "\\.a$", "^a\\$",
                "a\\$$", "^(ab|)$");
    }

    @Property(tries = 500)
    void findsExactlyWhatRe2Finds(@ForAll("regexes") String regex, @ForAll("texts") String text,
            @ForAll("texts") String before, @ForAll("texts") String after) {
        Pattern pattern = Pattern.compile(regex);
        LiteralRegex.of(pattern).ifPresent(literal -> assertThat(
                literal.find(before + text + after, before.length(), before.length() + text.length()))
                .as("%s on '%s'", regex, text).isEqualTo(pattern.matcher(text).find()));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab.$\n").ofMaxLength(5);
    }
}
