package dev.guidepost.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    @Test
    void likelyCompletesTheShortFormsPeopleTypeForOptionValues() {
        assertThat(Suggestion.likely("warn", List.of("error", "warning", "info", "never"))).contains("warning");
        assertThat(Suggestion.likely("repo", List.of("repository", "module"))).contains("repository");
        assertThat(Suggestion.likely("jsn", List.of("text", "json", "sarif"))).contains("json");
        assertThat(Suggestion.likelyHint("REPO", List.of("repository", "module"))).isEqualTo(" (did you mean 'repository'?)");
    }

    @Test
    void likelySuggestsNothingWhenTheWordIsAmbiguousOrUnrelated() {
        assertThat(Suggestion.likely("s", List.of("sarif", "settings"))).isEmpty();
        assertThat(Suggestion.likely("se", List.of("sarif", "settings", "severity"))).isEmpty();
        assertThat(Suggestion.likely("html", List.of("text", "json", "sarif"))).isEmpty();
    }
}
