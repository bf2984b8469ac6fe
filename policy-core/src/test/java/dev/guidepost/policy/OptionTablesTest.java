package dev.guidepost.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidepost.Guidepost;
import dev.guidepost.engine.Check;
import dev.guidepost.engine.CheckRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The option table of each target in {@code docs/} is generated from the options its check
 * declares, between two marker comments, as {@code docs/rules.md} is generated from the packs. Run
 * the policy-core tests with {@code -Dguidepost.updateGoldens=true} to regenerate the tables after
 * changing a declaration, then review the diff.
 */
class OptionTablesTest {

    /** The page that documents each target. */
    private static final Map<String, String> PAGES = Map.of("source", "source-rules.md", "markdown", "dsl-markdown.md",
            "settings", "dsl-settings.md", "layout", "dsl-layout.md");
    private static final String END = "<!-- end of generated options -->";

    private static String begin(String target) {
        return "<!-- options of target '" + target + "', generated from its check's declarations"
                + " (OptionTablesTest, -Dguidepost.updateGoldens=true) -->";
    }

    @Test
    void everyTargetHasAPage() {
        assertThat(PAGES.keySet()).isEqualTo(Guidepost.standardChecks().targets());
    }

    @Test
    void docsOptionTablesMatchTheDeclarations() throws IOException {
        CheckRegistry registry = Guidepost.standardChecks();
        List<String> stale = new ArrayList<>();
        for (String target : registry.targets()) {
            Check check = registry.check(target).orElseThrow();
            Path page = Path.of("../docs", PAGES.get(target));
            String text = Files.readString(page, StandardCharsets.UTF_8);
            int start = text.indexOf(begin(target));
            int end = text.indexOf(END, start);
            assertThat(start).as("%s holds the marker %s", page, begin(target)).isNotNegative();
            assertThat(end).as("%s holds the marker %s after the table", page, END).isPositive();
            String generated = text.substring(0, start) + begin(target) + "\n" + check.options().markdownTable()
                    + text.substring(end);
            if (!generated.equals(text)) {
                if (Boolean.getBoolean("guidepost.updateGoldens")) {
                    Files.writeString(page, generated, StandardCharsets.UTF_8);
                } else {
                    stale.add(page.toString());
                }
            }
        }
        assertThat(stale).as("option tables out of date: run the policy-core tests with -Dguidepost.updateGoldens=true")
                .isEmpty();
    }

    @Test
    void schemaOffersEveryDeclaredChoice() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("../docs/policy.schema.json").toFile());
        CheckRegistry registry = Guidepost.standardChecks();
        for (String target : registry.targets()) {
            for (Option<?> option : registry.check(target).orElseThrow().options().list()) {
                JsonNode property = schema.at("/definitions/" + target + "Rule/properties/" + option.key());
                assertThat(property.isMissingNode()).as("schema property %s of %s", option.key(), target).isFalse();
                if (!option.choices().isEmpty()) {
                    List<String> offered = new ArrayList<>();
                    property.get("enum").forEach(value -> offered.add(value.asText()));
                    assertThat(offered).as("schema values of %s in %s rules", option.key(), target)
                            .containsAll(option.choices());
                }
            }
        }
    }

    @Test
    void aValueOutsideTheChoicesNamesThemAll() {
        Problems problems = new Problems();
        YamlNode.Mapping rule = (YamlNode.Mapping) YamlReader.read("p.yaml", "documents: claude_md\n", problems).orElseThrow();
        Option<String> option = Option.choice("documents", List.of("claude-md", "matched"), null, "where");
        assertThat(option.read(new OptionReader(rule, problems))).isEmpty();
        assertThat(problems.list()).extracting(PolicyProblem::message).containsExactly(
                "unknown documents 'claude_md' (did you mean 'claude-md'?); expected one of claude-md, matched");
    }

    @Test
    void anAbsentOptionGivesItsDefaultAndANumberBelowItsMinimumIsAProblem() {
        Problems problems = new Problems();
        YamlNode.Mapping rule = (YamlNode.Mapping) YamlReader.read("p.yaml", "depth: -1\n", problems).orElseThrow();
        OptionReader reader = new OptionReader(rule, problems);
        assertThat(Option.flag("follow", true, "x").value(reader)).isTrue();
        assertThat(Option.number("depth", 5, 0, "x").value(reader)).isEqualTo(5);
        assertThat(problems.list()).extracting(PolicyProblem::message)
                .containsExactly("expected a number of 0 or more for 'depth'");
    }
}
