package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.workspace.Languages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SourceLanguageTest {

    @Test
    void eachIdAndExtensionNamesItsLanguageWhateverItsCaseAndSpaces() {
        for (SourceLanguage language : SourceLanguage.values()) {
            assertThat(SourceLanguage.byName(language.id())).contains(language);
            assertThat(SourceLanguage.byName(" " + language.id().toUpperCase(Locale.ROOT) + "\t")).contains(language);
            for (String extension : language.extensions()) {
                assertThat(SourceLanguage.byName(extension)).contains(language);
                assertThat(SourceLanguage.byName(extension.toUpperCase(Locale.ROOT))).contains(language);
            }
        }
    }

    @Test
    void otherNamesAreNoSourceLanguage() {
        for (String name : new String[] {"", "-", " ", "markdown", "json", "text", "yaml", "c", "pythonx", "t s"}) {
            assertThat(SourceLanguage.byName(name)).as(name).isEmpty();
        }
    }

    @Test
    void theWorkspacesLanguageOfAFileNamesTheLanguageOfItsExtension() {
        for (SourceLanguage language : SourceLanguage.values()) {
            for (String extension : language.extensions()) {
                SourceLanguage byWorkspace = SourceLanguage.byName(Languages.of("module." + extension)).orElseThrow();
                // the workspace's language name for a file of this extension leads back to this language
                assertThat(byWorkspace).as(extension).isEqualTo(language);
            }
        }
    }
}
