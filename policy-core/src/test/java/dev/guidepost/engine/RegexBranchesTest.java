package dev.guidepost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RegexBranchesTest {

    @Test
    void optionalPartsAtTheLeftEdgeGoAndAlternationsThereAreDistributed() {
        assertThat(RegexBranches.of("(\\w+\\.)*(cursor|cur|\\w+_cursor)|(\\w+\\.)*(connection|connections\\[[^\\]]+\\])\\.cursor\\(\\)"))
                .contains(List.of("cursor", "cur", "connection\\.cursor\\(\\)", "connections\\[[^\\]]+\\]\\.cursor\\(\\)",
                        "\\w_cursor"));
        assertThat(RegexBranches.of("(django\\.db\\.|django\\.contrib\\.gis\\.db\\.)?models\\.\\w+(\\.\\w+)*"))
                .contains(List.of("models\\.\\w+(\\.\\w+)*"));
        assertThat(RegexBranches.of("\\.(CharField|TextField)")).contains(List.of("\\.CharField", "\\.TextField"));
        assertThat(RegexBranches.of("(?i)(|\\.)(pre_save|post_save)|signal"))
                .contains(List.of("(?i)pre_save", "(?i)post_save", "(?i)\\.pre_save", "(?i)\\.post_save", "(?i)signal"));
    }

    @Test
    void aRegexThatMatchesTheEmptyTextHasNoBranches() {
        assertThat(RegexBranches.of("(\\w+\\.)*")).isEmpty();
        assertThat(RegexBranches.of("a|b?")).isEmpty();
    }

    @Test
    void whatTheReaderDoesNotFollowStaysWhole() {
        for (String regex : List.of("a(?i:b)c", "\\x41b", "a{b", "(a)\\1", "\\Qa\\E")) {
            assertThat(RegexBranches.of(regex)).as(regex).contains(List.of(regex));
        }
        String wide = "(a|b)(c|d)(e|f)(g|h)(i|j)";
        assertThat(RegexBranches.of(wide)).contains(List.of(wide));
    }

    @Test
    void literalsInsideTheTextStayAsWritten() {
        assertThat(RegexBranches.of("ab*c")).contains(List.of("ab*c"));
        assertThat(RegexBranches.of("a\\w+b")).contains(List.of("a\\w+b"));
        assertThat(RegexBranches.of("x{2,3}y")).contains(List.of("x{2,3}y"));
    }

    /** A random regex of a few constructs over a small alphabet, and a text over the same chars. */
    record Case(String regex, String text) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> regexes = Arbitraries.randomValue(random -> alternation(random, 3));
        Arbitrary<String> texts = Arbitraries.strings().withChars('a', 'b', '.', '_', 'x', '\n', 'A').ofMaxLength(16);
        return Combinators.combine(regexes, texts).as(Case::new);
    }

    @Property(tries = 4000)
    void theBranchesFindAMatchExactlyWhenTheRegexDoes(@ForAll("cases") Case c) {
        Pattern whole;
        try {
            whole = Pattern.compile(c.regex());
        } catch (PatternSyntaxException e) {
            return;
        }
        Optional<List<String>> branches = RegexBranches.of(c.regex());
        boolean found = branches.isEmpty()
                || branches.get().stream().anyMatch(b -> Pattern.compile(b).matcher(c.text()).find());
        assertThat(found).as("%s (branches %s) in %s", c.regex(), branches, c.text().replace("\n", "\\n"))
                .isEqualTo(whole.matcher(c.text()).find());
        if (branches.isPresent()) {
            assertThat(branches.get()).hasSizeLessThanOrEqualTo(RegexBranches.MAX_BRANCHES);
        }
    }

    private static final String[] ATOMS = {"a", "b", "\\.", "_", "\\w", "[ab]", ".", "\\s", "(?i)A"};
    private static final String[] QUANTIFIERS = {"", "", "", "*", "+", "?", "{0,2}", "{1,}", "{2}", "*?", "+?"};

    private static String alternation(Random random, int depth) {
        int n = 1 + random.nextInt(3);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append('|');
            }
            out.append(concatenation(random, depth));
        }
        return out.toString();
    }

    private static String concatenation(Random random, int depth) {
        int n = random.nextInt(4);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String atom;
            if (depth > 0 && random.nextInt(4) == 0) {
                atom = (random.nextBoolean() ? "(" : "(?:") + alternation(random, depth - 1) + ")";
            } else {
                atom = ATOMS[random.nextInt(ATOMS.length - (i == 0 && random.nextInt(8) == 0 ? 0 : 1))];
            }
            out.append(atom).append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
        }
        return out.toString();
    }
}
