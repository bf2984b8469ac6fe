package dev.guidepost.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.re2j.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void nameWithoutSlashMatchesAtAnyDepth() {
        Glob glob = Glob.compile("conftest.py");
        assertThat(glob.matches("conftest.py")).isTrue();
        assertThat(glob.matches("apps/users/conftest.py")).isTrue();
        assertThat(glob.matches("apps/users/conftest.pyc")).isFalse();
    }

    @Test
    void patternWithSlashIsAnchored() {
        Glob glob = Glob.compile("apps/*/models.py");
        assertThat(glob.matches("apps/users/models.py")).isTrue();
        assertThat(glob.matches("src/apps/users/models.py")).isFalse();
        assertThat(glob.matches("apps/users/sub/models.py")).isFalse();
    }

    @Test
    void doubleStarSpansFolders() {
        Glob glob = Glob.compile("**/tests/**");
        assertThat(glob.matches("tests/test_a.py")).isTrue();
        assertThat(glob.matches("apps/users/tests/test_a.py")).isTrue();
        assertThat(glob.matches("apps/users/contests/a.py")).isFalse();
        assertThat(Glob.compile("**/test_*.py").matches("test_x.py")).isTrue();
        assertThat(Glob.compile("**/test_*.py").matches("a/b/test_x.py")).isTrue();
    }

    @Test
    void folderPatternMatchesItsContents() {
        assertThat(Glob.compile("scripts/").matches("scripts/deploy.py")).isTrue();
        assertThat(Glob.compile("migrations").matches("apps/users/migrations/0001_initial.py")).isTrue();
    }

    @Test
    void rejectsMalformedGlobs() {
        assertThatThrownBy(() -> Glob.compile("src/**a")).hasMessageContaining("whole path segment");
        assertThatThrownBy(() -> Glob.compile("[abc")).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> Glob.compile("  ")).hasMessageContaining("empty");
    }

    @Test
    void negatedGlobExcludesInASelector() {
        PathSelector selector = PathSelector.ofGlobs(java.util.List.of(Glob.compile("**/*.py"), Glob.compile("!**/migrations/**")));
        assertThat(selector.matches("app/models.py", "python")).isTrue();
        assertThat(selector.matches("app/migrations/0001_initial.py", "python")).isFalse();
    }

    @Property(tries = 200)
    void literalNameMatchesItselfAnywhere(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String name,
            @ForAll @AlphaChars @StringLength(min = 1, max = 8) String folder) {
        Glob glob = Glob.compile(name);
        assertThat(glob.matches(name)).isTrue();
        assertThat(glob.matches(folder + "/" + name)).isTrue();
        assertThat(glob.matches(name + "x")).isFalse();
    }

    @Property(tries = 300)
    void compilingNeverThrowsAnythingButIllegalArgument(@ForAll @StringLength(max = 20) String text) {
        try {
            Glob.compile(text).matches("a/b/c.py");
        } catch (IllegalArgumentException expected) {
            // a clear message is the contract
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    /** A glob and a path that often fits it: its wildcards filled in, folders put before and after. */
    record GlobAndPath(String glob, String path) {
    }

    private static final char[] GLOB_CHARS = {'a', 'b', '.', '/', '*', '*', '?', '\\', '!', ' ', '\n', '\u00e9', '\uD83D',
        '\uDE00'};
    private static final char[] PATH_CHARS = {'a', 'b', '.', '/', '\n', '*', '\u00e9', '\uD83D', '\uDE00', '?'};

    @Provide
    Arbitrary<GlobAndPath> globsAndPaths() {
        Arbitrary<String> globs = Arbitraries.strings().withChars(GLOB_CHARS).ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> fill = Arbitraries.strings().withChars(PATH_CHARS).ofMaxLength(4);
        Arbitrary<String> folders = Arbitraries.of("", "x/", "x/y/", "a/", "\n/", "a.b/");
        Arbitrary<String> randomPaths = Arbitraries.strings().withChars(PATH_CHARS).ofMaxLength(14);
        return Combinators.combine(globs, fill.list().ofSize(12), folders, folders, randomPaths, Arbitraries.integers().between(0, 2))
                .as((glob, fills, before, after, random, how) -> {
                    if (how == 0) {
                        return new GlobAndPath(glob, random);
                    }
                    StringBuilder path = new StringBuilder(before);
                    String body = glob.strip();
                    body = body.startsWith("!") ? body.substring(1) : body;
                    body = body.startsWith("/") ? body.substring(1) : body;
                    int f = 0;
                    for (int i = 0; i < body.length(); i++) {
                        char c = body.charAt(i);
                        if (c == '*' || c == '?') {
                            path.append(fills.get(f++ % fills.size()));
                        } else if (c != '\\') {
                            path.append(c);
                        }
                    }
                    if (how == 2) {
                        path.append('/').append(after);
                    }
                    return new GlobAndPath(glob, path.toString());
                });
    }

    @Property(tries = 5000)
    void withoutBracketsTheAutomatonAcceptsWhatTheRegexAccepts(@ForAll("globsAndPaths") GlobAndPath case_) {
        Glob glob;
        try {
            glob = Glob.compile(case_.glob());
        } catch (IllegalArgumentException invalid) {
            return;
        }
        assertThat(glob.matches(case_.path()))
                .as("glob %s (regex %s) on %s", escaped(case_.glob()), escaped(glob.regex()), escaped(case_.path()))
                .isEqualTo(Pattern.compile(glob.regex()).matches(case_.path()));
    }

    @Test
    void automatonAgreesWithTheRegexOnTheCasesThatDiffer() {
        // '.' in the regex stops at a line feed, '[^/]' does not; a surrogate pair is one code point
        String[][] cases = {{"**/x", "a\nb/x"}, {"*/x", "a\nb/x"}, {"x/**", "x/a\nb"}, {"x", "x/\n"}, {"?", "\uD83D\uDE00"},
            {"\uD83D\uDE00", "a/\uD83D\uDE00"}, {"a?b", "a\uD83Db"}, {"**", "a/\n"}, {"a/**/b", "a/b"}, {"a/**/b", "a/x/y/b"}};
        for (String[] c : cases) {
            Glob glob = Glob.compile(c[0]);
            assertThat(glob.matches(c[1])).as("%s on %s", escaped(c[0]), escaped(c[1]))
                    .isEqualTo(Pattern.compile(glob.regex()).matches(c[1]));
        }
        assertThat(Glob.compile("**/x").matches("a\nb/x")).isFalse();
        assertThat(Glob.compile("*/x").matches("a\nb/x")).isTrue();
        assertThat(Glob.compile("?").matches("\uD83D\uDE00")).isTrue();
        assertThat(Glob.compile("a/**/b").matches("a/x/y/b")).isTrue();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    @Test
    void aGlobTooLongForTheAutomatonIsMatchedByTheRegex() {
        Glob glob = Glob.compile("**/".repeat(300) + "x");
        assertThat(GlobAutomaton.of(false, java.util.List.of(new GlobAutomaton.AnyFolders()))).isPresent();
        assertThat(GlobAutomaton.of(false, java.util.Collections.nCopies(300, new GlobAutomaton.AnyFolders()))).isEmpty();
        assertThat(glob.matches("a/b/x")).isTrue();
        assertThat(glob.matches("a/b/y")).isFalse();
        assertThat(glob.matches("a\nb/x")).isEqualTo(Pattern.compile(glob.regex()).matches("a\nb/x"));
    }
}
