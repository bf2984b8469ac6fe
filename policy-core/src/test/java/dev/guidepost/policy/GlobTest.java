package dev.guidepost.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
}
