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
    void reportsStrayClosingParenthesisAndTextAfterIt() {
        assertThat(parser.parse("Bash)").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("without a '('").contains("skips this rule"));
        assertThat(parser.parse("Bash(ls) x").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("after the closing"));
        assertThat(parser.parse("Read(./.env) ").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("spaces after the closing"));
    }

    @Test
    void readsParenthesesInsideTheSpecifierLiterally() {
        // Claude Code: the specifier runs from the first '(' to the last ')', which ends the rule
        assertThat(parser.parse("Bash(echo $(date))").isClean()).isTrue();
        assertThat(parser.parse("Bash(echo (a))").rule()).contains(PermissionRule.of("Bash", "echo (a)"));
        assertThat(parser.parse("Bash(ls))").rule()).contains(PermissionRule.of("Bash", "ls)"));
    }

    @Test
    void reportsEmptyRuleAndEmptyParentheses() {
        assertThat(parser.parse("").problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
        assertThat(parser.parse("  ").rule()).isEmpty();
        assertThat(parser.parse("Bash()").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty parentheses"));
    }

    @Test
    void skipsLowerCaseToolNames() {
        RuleParse parse = parser.parse("bash(ls)");
        assertThat(parse.rule()).isEmpty();
        assertThat(parse.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.RULE_SYNTAX);
            assertThat(p.message()).contains("capital letter (Bash)").contains("skips this rule");
        });
    }

    @Test
    void keepsUnknownToolsWithAWarningOfTheirOwn() {
        RuleParse parse = parser.parse("WebFech(domain:a.com)");
        assertThat(parse.rule()).isPresent();
        assertThat(parse.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.RULE_UNKNOWN_TOOL);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("did you mean 'WebFetch'").contains("never matches");
        });
        assertThat(parser.parse("Task(Explore)").problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.message()).contains("old name of 'Agent'");
        });
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
    void skipsWebFetchWithoutDomainPrefix() {
        RuleParse parse = parser.parse("WebFetch(https://example.com)");
        assertThat(parse.rule()).isEmpty();
        assertThat(parse.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.RULE_SYNTAX);
            assertThat(p.message()).contains("not a URL");
        });
        assertThat(parser.parse("WebFetch(example.com)").rule()).isEmpty();
    }

    @Test
    void keepsSpaceBetweenToolAndParenthesisAsPartOfTheToolName() {
        RuleParse parse = parser.parse("Bash (ls)");
        assertThat(parse.rule()).contains(PermissionRule.of("Bash ", "ls"));
        assertThat(parse.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.RULE_UNKNOWN_TOOL);
            assertThat(p.offset()).isEqualTo(4);
            assertThat(p.message()).contains("space in the tool name");
        });
        assertThat(parser.parse(" Bash(ls)").problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.RULE_UNKNOWN_TOOL));
    }

    @Test
    void warnsOnBareMcpPrefixAndInvalidPaths() {
        assertThat(parser.parse("mcp__").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("names no MCP server"));
        assertThat(parser.parse("Read(src/a**b)").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("invalid path pattern"));
    }

    @Test
    void skipsSpecifiersOnMcpRulesAndWildcardToolsInAllowRules() {
        assertThat(parser.parse("mcp__github(create_issue)").rule()).isEmpty();
        assertThat(parser.parse("Bash*", Behavior.ALLOW).rule()).isEmpty();
        assertThat(parser.parse("Bash*", Behavior.DENY).problems())
                .noneMatch(p -> p.severity() == Severity.ERROR);
        assertThat(parser.parse("mcp__github__*", Behavior.ALLOW).isClean()).isTrue();
    }

    @Test
    void equalityIgnoresSourceText() {
        PermissionRule rule = parser.parse("Bash(ls)").rule().orElseThrow();
        assertThat(rule).isEqualTo(new PermissionRule("Bash", java.util.Optional.of("ls"), "other text"));
    }
}
