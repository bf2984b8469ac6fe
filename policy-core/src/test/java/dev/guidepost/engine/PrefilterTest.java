package dev.guidepost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PrefilterTest {

    @Test
    void tokenWordsIgnoreOccurrencesInsideLongerIdentifiers() {
        Prefilter connect = Prefilter.word("connect", true);
        assertThat(connect.mayMatch("db.connection.close()")).isFalse();
        assertThat(connect.mayMatch("reconnect(x)")).isFalse();
        assertThat(connect.mayMatch("post_save.connect(f)")).isTrue();
        assertThat(connect.mayMatch("connect")).isTrue();
        assertThat(connect.mayMatch("x = 1connect")).as("a number before a token").isTrue();
        assertThat(connect.mayMatch("éconnect()")).as("non-ASCII identifier chars: kept").isTrue();
        assertThat(Prefilter.word("or", true).mayMatch("x = 0xfor y")).as("hex literal glued to a keyword").isTrue();
        assertThat(Prefilter.word("connect", false).mayMatch("db.connection")).isTrue();
    }

    @Test
    void ignoringCaseFindsEveryCaseAndUnicodeFolds() {
        assertThat(Prefilter.wordIgnoringCase("post_save").mayMatch("x = POST_SAVE")).isTrue();
        assertThat(Prefilter.wordIgnoringCase("post_save").mayMatch("p pOst_SaVe")).isTrue();
        assertThat(Prefilter.wordIgnoringCase("post_save").mayMatch("post-save")).isFalse();
        assertThat(Prefilter.wordIgnoringCase("signal").mayMatch("\u017Fignal")).as("long s folds to s").isTrue();
        assertThat(Prefilter.wordIgnoringCase("_x").mayMatch("a_X")).isTrue();
    }

    @Property(tries = 300)
    void ignoringCaseAgreesWithRe2(@ForAll("texts") String text, @ForAll("words") String word) {
        boolean re2 = Pattern.compile("(?i)" + Pattern.quote(word)).matcher(text).find();
        if (re2) {
            assertThat(Prefilter.wordIgnoringCase(word).mayMatch(text)).isTrue();
        }
    }

    /**
     * The chars beyond ASCII that String.regionMatches takes for an ASCII char ignoring case are the
     * Kelvin sign for k, the long s for s and the dotted and dotless i for i, and no others:
     * WordIgnoringCase looks for the first two where a word starts with k or s.
     */
    @Test
    void onlyFourCharsBeyondAsciiEqualAnAsciiCharIgnoringCase() {
        List<String> folds = new java.util.ArrayList<>();
        for (char ascii = 0; ascii < 0x80; ascii++) {
            for (int c = 0x80; c <= 0xFFFF; c++) {
                if (String.valueOf((char) c).regionMatches(true, 0, String.valueOf(ascii), 0, 1)) {
                    folds.add(ascii + "=" + Integer.toHexString(c));
                }
            }
        }
        assertThat(folds).containsExactly("I=130", "I=131", "K=212a", "S=17f", "i=130", "i=131", "k=212a", "s=17f");
    }

    /**
     * Ignoring case, a word is found exactly where String.regionMatches finds it, except that a match
     * of a word starting with i does not start at a dotted or dotless i.
     */
    @Property(tries = 2000)
    void ignoringCaseFindsWhatRegionMatchesFinds(@ForAll("foldTexts") String text, @ForAll("foldWords") String word) {
        boolean expected = false;
        char first = word.charAt(0);
        for (int at = 0; at + word.length() <= text.length() && !expected; at++) {
            char c = text.charAt(at);
            boolean starts = first >= 0x80 || "iI".indexOf(first) < 0 || c < 0x80;
            expected = starts && text.regionMatches(true, at, word, 0, word.length());
        }
        assertThat(Prefilter.wordIgnoringCase(word).mayMatch(text)).as("%s in %s", word, text).isEqualTo(expected);
    }

    /**
     * Words ignoring case in an Any (searched together in one lower-cased copy of the text) accept a
     * text exactly when one of them does on its own, with the word index and without.
     */
    @Property(tries = 1000)
    void wordsIgnoringCaseTogetherAsAlone(@ForAll("foldTexts") String text, @ForAll("foldWordLists") List<String> words) {
        List<Prefilter> parts = new java.util.ArrayList<>();
        words.forEach(word -> parts.add(new Prefilter.WordIgnoringCase(word)));
        parts.add(new Prefilter.Words(Set.of("xk"), false));
        Prefilter any = new Prefilter.Any(List.copyOf(parts));
        boolean expected = parts.stream().anyMatch(part -> part.mayMatch(text));
        assertThat(any.mayMatch(text)).as("%s in %s", words, text).isEqualTo(expected);
        assertThat(any.mayMatch(text, new java.util.HashMap<>())).isEqualTo(expected);
        WordIndex index = WordIndex.of(List.of(any));
        assertThat(index.mayMatch(index.present(text), any, text, new java.util.HashMap<>())).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<String>> foldWordLists() {
        return foldWords().list().ofMinSize(2).ofMaxSize(Prefilter.FOLDED_WORDS + 2);
    }

    @Provide
    Arbitrary<String> foldTexts() {
        return Arbitraries.strings().withChars("skiSKI_x\u017F\u212A\u0130\u0131\u00E9\uD83D\uDE00").ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> foldWords() {
        return Arbitraries.strings().withChars("skiSKI_x\u017F\u212A\u0130\u00E9").ofMinLength(1).ofMaxLength(3);
    }

    /** The literal words a regex requires are in every text it finds a match in (the built-in pack's regexes). */
    @Property(tries = 400)
    void requiredWordsAreInEveryMatchedText(@ForAll("matchTexts") String text, @ForAll("packRegexes") String regex) {
        Pattern pattern = Pattern.compile(regex);
        if (pattern.matcher(text).find()) {
            assertThat(NodeRegexFilter.requiredWords(pattern).mayMatch(text)).as("%s in %s", regex, text).isTrue();
        }
    }

    @Provide
    Arbitrary<String> packRegexes() {
        return Arbitraries.of("^\\w*Factory$", "^@\\s*(\\w+\\.)*mark\\.(django_db\\b|usefixtures\\([^)]*['\"](db|live_server)['\"])",
                "mark\\.(django_db\\b|usefixtures)", "(?i)^(settings|conf)\\.DEBUG", "^(sender|dispatch_uid|weak)$",
                "Test(Case)?$", "(raw|extra)\\(", "^except\\s*:");
    }

    @Provide
    Arbitrary<String> matchTexts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("@ .()'\"_abdegjkmrstuxyzDFGSTCEIUBclinfowp").ofMaxLength(40),
                Arbitraries.of("UserFactory", "@pytest.mark.django_db", "@ mark.usefixtures('db')", "settings.DEBUG",
                        "SETTINGS.debug", "sender", "MyTestCase", "x.raw(", "except :", "RequestFactory",
                        "@pytest.mark.usefixtures(\"live_server\")"));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abAsSk.").ofMinLength(1).ofMaxLength(3);
    }

    @Test
    void combinationsSimplify() {
        Prefilter word = Prefilter.word("a", false);
        assertThat(Prefilter.all(List.of(Prefilter.always(), word))).isEqualTo(word);
        assertThat(Prefilter.any(List.of(Prefilter.always(), word))).isEqualTo(Prefilter.always());
        assertThat(Prefilter.anyWord(Set.of(), false)).isEqualTo(Prefilter.always());
        Prefilter both = Prefilter.all(List.of(Prefilter.word("a", false), Prefilter.word("b", false)));
        assertThat(both.mayMatch("a b")).isTrue();
        assertThat(both.mayMatch("a")).isFalse();
        Prefilter either = Prefilter.any(List.of(Prefilter.word("a", false), Prefilter.word("b", false)));
        assertThat(either.mayMatch("b")).isTrue();
        assertThat(either.mayMatch("c")).isFalse();
    }

    @Test
    void nodeRegexLosesItsAnchorsButNotItsClasses() {
        assertThat(NodeRegexFilter.stripAssertions("^except\\s*:$")).isEqualTo("except\\s*:");
        assertThat(NodeRegexFilter.stripAssertions("(^|\\.)settings\\b")).isEqualTo("(|\\.)settings");
        assertThat(NodeRegexFilter.stripAssertions("\\A[^$]\\$x\\z")).isEqualTo("[^$]\\$x");
        assertThat(NodeRegexFilter.stripAssertions("\\Q^\\E")).isNull();
    }

    @Test
    void aRegexNestedTooDeepGetsNoFilterInsteadOfOverflowingTheStack() {
        String deep = "(".repeat(300) + "a" + ")".repeat(300) + "x";
        Pattern pattern = Pattern.compile(deep);
        assertThat(NodeRegexFilter.stripAssertions(deep)).isNull();
        assertThat(NodeRegexFilter.of(pattern)).isEqualTo(Prefilter.always());
        assertThat(NodeRegexFilter.literals(pattern)).isEqualTo(Prefilter.always());
        assertThat(NodeRegexFilter.requiredWords(pattern)).isEqualTo(Prefilter.always());
        String deepest = "(".repeat(NodeRegexFilter.MAX_NESTING) + "a" + ")".repeat(NodeRegexFilter.MAX_NESTING) + "x";
        assertThat(NodeRegexFilter.stripAssertions(deepest)).isEqualTo(deepest);
    }

    @Test
    void nodeRegexFiltersSearchTheFile() {
        Prefilter bare = NodeRegexFilter.of(Pattern.compile("^except\\s*:"));
        assertThat(bare.mayMatch("try:\n    x\nexcept :\n    pass\n")).isTrue();
        assertThat(bare.mayMatch("try:\n    x\nexcept Exception:\n    pass\n")).isFalse();
        Prefilter literal = NodeRegexFilter.of(Pattern.compile("^django\\.conf$"));
        assertThat(literal).isEqualTo(Prefilter.word("django.conf", false));
        Prefilter insensitive = NodeRegexFilter.of(Pattern.compile("(?i)signal"));
        assertThat(insensitive.mayMatch("SIGNAL")).isTrue();
        assertThat(NodeRegexFilter.of(Pattern.compile("(?i)^ab$")).mayMatch("xAB")).isTrue();
    }

    @Test
    void literalsEveryMatchContainsAreRequiredBeforeTheRegexRuns() {
        Prefilter mark = NodeRegexFilter.of(Pattern.compile("^@\\s*(\\w+\\.)*mark\\.django_dbs?x+y"));
        assertThat(mark.mayMatch("@pytest.mark.django_dbxxy")).isTrue();
        assertThat(mark.mayMatch("@pytest.mark.django_db y")).isFalse();
        assertThat(mark).isInstanceOf(Prefilter.All.class);
        Prefilter views = NodeRegexFilter.of(Pattern.compile("^(\\w+\\.)*(APIView|(List|Create)APIView|ViewSet)$"));
        assertThat(views.mayMatch("class A(viewsets.ViewSet):")).isTrue();
        assertThat(views.mayMatch("class A(View):")).isFalse();
        assertThat(((Prefilter.All) views).parts().get(0)).isInstanceOf(Prefilter.Any.class);
        assertThat(NodeRegexFilter.of(Pattern.compile("a{0,2}b")).mayMatch("b")).isTrue();
        assertThat(NodeRegexFilter.of(Pattern.compile("a{2}b")).mayMatch("ab")).isFalse();
        assertThat(NodeRegexFilter.of(Pattern.compile("(?i)(^|\\.)post_save$|signal")).mayMatch("MY_SIGNAL")).isTrue();
        assertThat(NodeRegexFilter.of(Pattern.compile("(?i)(^|\\.)post_save$|signal")).mayMatch("pre_delete")).isFalse();
    }

    @Provide
    Arbitrary<String> regexes() {
        return Arbitraries.of("^a", "a$", "^a$", "(^|\\.)b", "a\\b", "\\Ba", "^a+b?$", "[^a]b$", "^(a|ab)$",
                "a\\.b", "\\Aa.b\\z", "^$", "(?i)^A", "a{2}$", "[$^]a", "^[\\]a]+", "(a|b)+\\.", "(?:ab)?a",
                "a{0,1}b", "a{1,}\\$", "(?i)a(b|\\.)", "((a|b)\\.|\\$)a", "a*?b+?", "(?m)^a$", "(?ms)a.b",
                "(?im)^A|b", "(?s)(a|b)\\.a", "(?U)a+b");
    }

    @Property(tries = 300)
    void aRegexFoundInAPartIsFoundByItsFilterInTheWhole(@ForAll("regexes") String regex,
            @ForAll("texts") String before, @ForAll("texts") String part, @ForAll("texts") String after) {
        Pattern pattern = Pattern.compile(regex);
        if (pattern.matcher(part).find()) {
            assertThat(NodeRegexFilter.of(pattern).mayMatch(before + part + after)).isTrue();
        }
    }

    @Property(tries = 300)
    void theLiteralsOfARegexAcceptEveryTextItIsFoundIn(@ForAll("regexes") String regex,
            @ForAll("texts") String before, @ForAll("texts") String part, @ForAll("texts") String after) {
        Pattern pattern = Pattern.compile(regex);
        String text = before + part + after;
        if (pattern.matcher(text).find()) {
            assertThat(NodeRegexFilter.literals(pattern).mayMatch(text)).isTrue();
        }
    }

    @Test
    void aLeadingFlagGroupStillGivesLiterals() {
        Pattern drf = Pattern.compile("(?m)^[ \\t]*(from|import)[ \\t]+rest_framework\\b|['\"]rest_framework['\"]");
        Prefilter literals = NodeRegexFilter.literals(drf);
        assertThat(literals.mayMatch("from django.db import models\n")).isFalse();
        assertThat(literals.mayMatch("from rest_framework import serializers\n")).isTrue();
        assertThat(literals.mayMatch("INSTALLED_APPS = ['rest_framework']")).isTrue();
        assertThat(NodeRegexFilter.literals(Pattern.compile("(?im)^Settings")).mayMatch("x SETTINGS")).isTrue();
        assertThat(NodeRegexFilter.literals(Pattern.compile("(?im)^Settings")).mayMatch("x config")).isFalse();
        assertThat(NodeRegexFilter.literals(Pattern.compile("(?m)^a(?i)b")).mayMatch("nothing")).isTrue();
        assertThat(NodeRegexFilter.of(drf).mayMatch("import json\n")).isFalse();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abA.$^ \n]sS\u017F\u212A").ofMaxLength(6);
    }

    @Test
    void classFactsAcceptEveryTextUntilBoundThenTheNamesOfTheClassesTheFactsHoldFor() {
        Prefilter modelViewSets = Prefilter.classFacts(List.of(new dev.guidepost.facts.FactTest.Extends(
                Pattern.compile("^rest_framework\\.viewsets\\.ModelViewSet$"))));
        assertThat(modelViewSets.mayMatch("x = 1")).as("unbound").isTrue();

        dev.guidepost.facts.ProjectFacts facts = new dev.guidepost.facts.ProjectFacts(List.of(
                viewClass("shop/api/views.py", "BaseViewSet", "viewsets.ModelViewSet"),
                viewClass("shop/api/products.py", "ProductViewSet", "BaseViewSet"),
                viewClass("shop/api/tags.py", "TagViewSet", "viewsets.ReadOnlyModelViewSet")));
        Prefilter bound = modelViewSets.bind(facts);
        assertThat(bound).isEqualTo(Prefilter.anyWord(Set.of("BaseViewSet", "ProductViewSet"), true));
        assertThat(bound.mayMatch("class ProductViewSet(BaseViewSet):")).isTrue();
        assertThat(bound.mayMatch("class TagViewSet(viewsets.ReadOnlyModelViewSet):")).isFalse();
        assertThat(bound.mayMatch("class MyProductViewSetMixin:")).as("only whole names").isFalse();

        assertThat(modelViewSets.bind(new dev.guidepost.facts.ProjectFacts(List.of()))).as("no such class anywhere")
                .isEqualTo(Prefilter.never());
        Prefilter either = Prefilter.any(List.of(Prefilter.word("api_view", true), modelViewSets));
        assertThat(either.mayMatch("nothing")).isTrue();
        assertThat(either.bind(new dev.guidepost.facts.ProjectFacts(List.of()))).isEqualTo(Prefilter.word("api_view", true));
        Prefilter both = Prefilter.all(List.of(Prefilter.word("class", true), modelViewSets));
        assertThat(both.bind(facts).mayMatch("class TagViewSet: pass")).isFalse();
        assertThat(both.bind(facts).mayMatch("class BaseViewSet: pass")).isTrue();
        Prefilter plain = Prefilter.word("objects", true);
        assertThat(plain.bind(facts)).as("nothing to bind").isSameAs(plain);
    }

    private static dev.guidepost.facts.ClassFact viewClass(String path, String name, String base) {
        return new dev.guidepost.facts.ClassFact(path, name, 1, List.of(base), java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of(), Set.of(), java.util.Map.of("viewsets", "rest_framework.viewsets",
                        "BaseViewSet", "shop.api.views.BaseViewSet"));
    }
}
