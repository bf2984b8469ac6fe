package dev.guidepost.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.policy.Policy;
import dev.guidepost.policy.PolicySource;
import dev.guidepost.policy.RuleDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is the catalogue generated from the built-in packs. Run with
 * {@code -Dguidepost.updateGoldens=true} to regenerate it after changing a pack, then review the diff.
 */
class RuleCatalogueTest {

    private static final Path CATALOGUE = Path.of("../docs/rules.md");
    private static final Guidepost GUIDEPOST = Guidepost.standard();

    private static Policy pack(String name) {
        return GUIDEPOST.policy(CheckRequest.of(Path.of(".")).withPolicy("builtin:" + name)).policy();
    }

    @Test
    void docsCatalogueMatchesThePacks() throws IOException {
        String generated = RuleCatalogue.markdown(pack("django"));
        if (Boolean.getBoolean("guidepost.updateGoldens")) {
            Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
                .as("docs/rules.md is out of date: run the policy-core tests with -Dguidepost.updateGoldens=true")
                .isEqualTo(generated);
    }

    @Test
    void catalogueCoversEveryRuleOfEveryBuiltinPack() {
        String catalogue = RuleCatalogue.markdown(pack("django"));
        for (String name : PolicySource.BUILTIN_PACKS) {
            for (RuleDefinition rule : pack(name).rules()) {
                assertThat(catalogue).as("catalogue section of " + rule.id()).contains("\n### `" + rule.id() + "`\n");
            }
        }
    }

    @Test
    void groupsRulesByThePackThatDefinesThem() {
        String catalogue = RuleCatalogue.markdown(pack("django"));
        int claude = catalogue.indexOf("\n## builtin:claude\n");
        int django = catalogue.indexOf("\n## builtin:django\n");
        assertThat(claude).isPositive();
        assertThat(django).isGreaterThan(claude);
        assertThat(catalogue.indexOf("### `claude/imports-resolve`")).isBetween(claude, django);
        assertThat(catalogue.indexOf("### `django/no-print`")).isGreaterThan(django);
    }

    @Test
    void showsSeverityRationaleFixAndExamples() {
        String catalogue = RuleCatalogue.markdown(pack("django"));
        String section = catalogue.substring(catalogue.indexOf("### `django/no-print`"));
        section = section.substring(0, section.indexOf("\n### ", 1));
        RuleDefinition rule = pack("django").rule("django/no-print").orElseThrow();
        assertThat(section).contains("Severity `error` · target `source`")
                .contains(RuleCatalogue.paragraph(rule.rationale()))
                .contains("**Fix:** ").contains("Reported:\n\n```python\nprint(").contains("Accepted:");
    }

    @Test
    void escapesMarkdownInProseButKeepsIntrawordUnderscores() {
        assertThat(RuleCatalogue.paragraph("logging.getLogger(__name__) with\n  DJANGO_SETTINGS_MODULE, Bash(rm *), <x>"))
                .isEqualTo("logging.getLogger(\\_\\_name\\_\\_) with DJANGO_SETTINGS_MODULE, Bash(rm \\*), \\<x\\>");
    }

    @Test
    void anchorsFollowGithubHeadingIds() {
        assertThat(RuleCatalogue.anchor("django/claude-md-present")).isEqualTo("djangoclaude-md-present");
    }

    @Test
    void sameGivesSameBytes() {
        assertThat(RuleCatalogue.markdown(pack("django"))).isEqualTo(RuleCatalogue.markdown(pack("django")));
    }
}
