package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The backend a run parses with: the library by default on this build machine, the JNI binding in the
 * second surefire execution ({@code -Dguidepost.parser=binding}), so that run cannot silently test
 * the library again.
 */
class SelectedBackendTest {

    @Test
    void theSelectedBackendIsTheOneAskedFor() {
        String requested = System.getProperty("guidepost.parser", "native");
        assertThat(TreeSitterBackend.selected().name()).isEqualTo(requested);
        assertThat(TreeSitterBackend.selected().unavailable()).isEmpty();
        try (TreeSitterParser parser = new TreeSitterParser()) {
            assertThat(parser.parse("x = 1\n", SourceLanguage.PYTHON).root().kind()).isEqualTo("module");
        }
    }

    @Test
    void anExplicitRequestWinsAndOtherwiseTheLibraryIsPreferred() {
        assertThat(TreeSitterBackend.Selection.choose("binding")).isSameAs(TreeSitterBackend.BINDING);
        assertThat(TreeSitterBackend.Selection.choose(" Native ")).isSameAs(TreeSitterBackend.LIBRARY);
        assertThat(TreeSitterBackend.Selection.choose("")).isSameAs(TreeSitterBackend.LIBRARY);
        assertThat(TreeSitterBackend.Selection.choose("unknown")).isSameAs(TreeSitterBackend.LIBRARY);
    }
}
