package dev.guidepost.check.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
}
