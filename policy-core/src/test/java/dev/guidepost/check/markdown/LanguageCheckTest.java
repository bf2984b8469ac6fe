package dev.guidepost.check.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {

    private static final LanguageCheck CHECK = new LanguageCheck(known(), true, "", "");

    private static Map<String, Pattern> known() {
        Map<String, Pattern> map = new LinkedHashMap<>();
        map.put("en", Pattern.compile("(?i)^(?:the|and|to|of|a|in|is|for|with|never|always)$"));
        map.put("de", Pattern.compile("(?i)^(?:der|die|das|und|ist|nicht|mit|für|immer|nie)$"));
        return map;
    }

    private static List<LoadedDocument> docs(String text) {
        return List.of(new LoadedDocument(MarkdownDocument.parse("CLAUDE.md", text), 0, 0));
    }

    private static String repeat(String sentence) {
        return (sentence + "\n").repeat(8);
    }

    @Test
    void theBestCoveredLanguageWins() {
        assertThat(CHECK.language(docs(repeat("Run the tests and never skip a failing one in the suite."))))
                .contains("en");
        assertThat(CHECK.language(docs(repeat("Die Tests laufen immer mit pytest und nie ohne die Datenbank."))))
                .contains("de");
    }

    @Test
    void proseInAnotherLanguageIsUnknown() {
        assertThat(CHECK.language(docs(repeat("Testy uruchamiamy poleceniem pytest przed każdym wdrożeniem aplikacji."))))
                .isEmpty();
    }

    @Test
    void codeBlocksAndCodeSpansAreNotProse() {
        String text = repeat("Testy uruchamiamy poleceniem przed każdym wdrożeniem aplikacji `the and of`.")
                + "```\n" + "the and to of a in is for with the and to of a in is for with\n".repeat(20) + "```\n";
        assertThat(CHECK.language(docs(text))).isEmpty();
    }

    @Test
    void tooLittleProseIsNotJudged() {
        assertThat(CHECK.language(docs("# Projekt\n\nKrótki opis.\n"))).isPresent();
    }

    /** The sets as the markdown target compiles a {@code languages:} entry, with the pack's trickier words. */
    private static final List<Pattern> WORD_LISTS = List.of(
            Pattern.compile("(?i)^(?:the|and|to|of|a|in|is|for|with|never|always|must|don)$"),
            Pattern.compile("(?i)^(?:der|die|das|für|müssen|nie|keine|kein|sind|ist|soll|bei)$"),
            Pattern.compile("(?i)^(?:o|a|é|não|sempre|já|ß|straße|ﬁx|kelvin|sky)$"));

    @Test
    void onlyPlainWordListsTakeTheLookup() {
        assertThat(LanguageCheck.wordList(WORD_LISTS.get(1))).hasValueSatisfying(
                words -> assertThat(words).contains("der", "nie").doesNotContain("für", "müssen"));
        assertThat(LanguageCheck.wordList(Pattern.compile("(?i)^(?:the|an?)$"))).isEmpty();
        assertThat(LanguageCheck.wordList(Pattern.compile("(?i)^(?:the|\\w+)$"))).isEmpty();
        assertThat(LanguageCheck.wordList(Pattern.compile("(?i)^(?:the|\u017Fo)$"))).as("long s folds to s").isEmpty();
        assertThat(LanguageCheck.wordList(Pattern.compile("(?i)^(?:the|\u212Aey)$"))).as("Kelvin sign folds to k").isEmpty();
        assertThat(LanguageCheck.wordList(Pattern.compile("^(?:the|and)$"))).isEmpty();
    }

    /** For an ASCII token, the word lookup and the regex agree (the lookup replaces the regex only then). */
    @Property(tries = 2000)
    void theLookupAgreesWithTheRegexOnAsciiTokens(@ForAll("tokens") String token, @ForAll("lists") Pattern list) {
        var words = LanguageCheck.wordList(list);
        assertThat(words).isPresent();
        assertThat(words.get().contains(token.toLowerCase(java.util.Locale.ROOT)))
                .as("%s in %s", token, list).isEqualTo(list.matcher(token).matches());
    }

    @Provide
    Arbitrary<Pattern> lists() {
        return Arbitraries.of(WORD_LISTS);
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aAeEiIoOdDtThHsSkKnNrRfF'").ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("The", "THE", "tHe", "don't", "Der", "DIE", "FIX", "fix", "SKY", "Kelvin", "STRASSE",
                        "strasse", "ss", "A", "O", "nao", "fur"));
    }
}
