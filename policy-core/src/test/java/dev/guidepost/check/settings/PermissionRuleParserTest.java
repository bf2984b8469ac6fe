package dev.guidepost.check.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.check.settings.SettingsProblem.Kind;
import dev.guidepost.policy.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermissionRuleParserTest {

    private final PermissionRuleParser parser = PermissionRuleParser.standard();

    @ParameterizedTest
    @ValueSource(strings = {"Bash", "Bash(npm run build)", "Bash(git add:*)", "Bash(git * main)", "Read(./.env)",
            "Read(//Users/alice/secrets/**)", "Read(~/Documents/*.pdf)", "Edit(/src/**/*.ts)",
            "WebFetch(domain:example.com)", "Agent(Explore)", "Skill(*)", "mcp__puppeteer",
            "mcp__github__search_repositories", "mcp__github__*", "WebSearch", "Write"})
    void acceptsDocumentedForms(String text) {
        RuleParse parse = parser.parse(text);
        assertThat(parse.problems()).isEmpty();
        assertThat(parse.rule()).isPresent();
        assertThat(parse.rule().get().toString()).isEqualTo(text);
    }

    @Test
    void splitsToolAndSpecifier() {
        PermissionRule rule = parser.parse("Bash(npm run test:*)").rule().orElseThrow();
        assertThat(rule.tool()).isEqualTo("Bash");
        assertThat(rule.specifier()).contains("npm run test:*");
        assertThat(parser.parse("mcp__github").rule().orElseThrow().specifier()).isEqualTo(Optional.empty());
    }

    @Test
    void reportsUnclosedParenthesisAtTheOpening() {
        RuleParse parse = parser.parse("Bash(npm run build");
        assertThat(parse.rule()).isEmpty();
        assertThat(parse.problems()).singleElement().satisfies(p -> {
            assertThat(p.offset()).isEqualTo(4);
            assertThat(p.message()).contains("unclosed '('");
        });
    }

    @Test
    void reportsStrayClosingParenthesis() {
        assertThat(parser.parse("Bash)").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("without a matching"));
        assertThat(parser.parse("Bash(ls))").problems()).singleElement()
                .satisfies(p -> assertThat(p.offset()).isEqualTo(7));
        assertThat(parser.parse("Bash(ls) x").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("after the closing"));
    }

    @Test
    void warnsOnBalancedParenthesisInsideSpecifier() {
        RuleParse parse = parser.parse("Bash(echo $(date))");
        assertThat(parse.rule()).isPresent();
        assertThat(parse.problems()).singleElement().satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void reportsEmptyRuleAndEmptyParentheses() {
        assertThat(parser.parse("").problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
        assertThat(parser.parse("  ").rule()).isEmpty();
        assertThat(parser.parse("Bash()").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty parentheses"));
    }

    @Test
    void reportsUnknownToolWithSuggestion() {
        assertThat(parser.parse("bash(ls)").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown tool 'bash'").contains("did you mean 'Bash'"));
        assertThat(parser.parse("WebFech(domain:a.com)").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("did you mean 'WebFetch'"));
        assertThat(parser.parse("Task(Explore)").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("now called 'Agent'"));
    }

    @Test
    void reportsLegacyPrefixInTheMiddleAtItsColumn() {
        RuleParse parse = parser.parse("Bash(npm:* test)");
        assertThat(parse.problems()).singleElement().satisfies(p -> {
            assertThat(p.offset()).isEqualTo(8);
            assertThat(p.message()).contains("':*' only works at the end");
        });
    }

    @Test
    void warnsOnPathRulesClaudeCodeNeverConsults() {
        RuleParse write = parser.parse("Write(src/**)");
        assertThat(write.rule()).isPresent();
        assertThat(write.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.RULE_IGNORED);
            assertThat(p.message()).contains("Edit(src/**)");
        });
        assertThat(parser.parse("Glob(**/*.py)").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Read("));
        assertThat(parser.parse("Glob").problems()).isEmpty();
    }

    @Test
    void warnsOnWebFetchWithoutDomainPrefix() {
        assertThat(parser.parse("WebFetch(https://example.com)").problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.RULE_IGNORED));
    }

    @Test
    void reportsSpaceBetweenToolAndParenthesis() {
        assertThat(parser.parse("Bash (ls)").problems()).singleElement()
                .satisfies(p -> assertThat(p.offset()).isEqualTo(4));
    }

    @Test
    void reportsBareMcpPrefixAndInvalidPaths() {
        assertThat(parser.parse("mcp__").rule()).isEmpty();
        assertThat(parser.parse("Read(src/a**b)").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("invalid path pattern"));
    }

    @Test
    void equalityIgnoresSourceText() {
        PermissionRule spaced = parser.parse(" Bash(ls) ").rule().orElseThrow();
        assertThat(spaced).isEqualTo(PermissionRule.of("Bash", "ls"));
        assertThat(spaced.source()).isEqualTo(" Bash(ls) ");
    }
}
