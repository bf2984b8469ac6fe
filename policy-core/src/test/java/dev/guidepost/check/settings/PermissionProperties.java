package dev.guidepost.check.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.check.settings.Decision.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PermissionProperties {

    private final PermissionRuleParser parser = PermissionRuleParser.standard();

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcdefgxyz-._/=0123456789").ofMinLength(1).ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> commands() {
        return words().list().ofMinSize(1).ofMaxSize(5).map(w -> String.join(" ", w));
    }

    @Provide
    Arbitrary<String> ruleTexts() {
        Arbitrary<String> tool = Arbitraries.of("Bash", "Read", "Edit", "WebFetch", "Agent", "Skill", "Write", "mcp__srv",
                "mcp__srv__tool");
        Arbitrary<String> spec = Arbitraries.oneOf(
                commands(), commands().map(c -> c + ":*"), commands().map(c -> c + " *"), commands().map(c -> c + "*"),
                words().map(w -> "domain:" + w), Arbitraries.just(""));
        return Combinators.combine(tool, spec).as((t, s) -> s.isEmpty() || t.startsWith("mcp__") ? t : t + "(" + s + ")");
    }

    @Property(tries = 300)
    void parsePrintRoundTrip(@ForAll("ruleTexts") String text) {
        RuleParse parse = parser.parse(text);
        parse.rule().ifPresent(rule -> {
            PermissionRule again = parser.parse(rule.toString()).rule().orElseThrow();
            assertThat(again).isEqualTo(rule);
            assertThat(again.toString()).isEqualTo(rule.toString());
        });
    }

    @Property(tries = 500)
    void parserNeverThrowsOnArbitraryStrings(@ForAll String text) {
        RuleParse parse = parser.parse(text);
        assertThat(parse.rule().isPresent() || !parse.problems().isEmpty()).isTrue();
        parse.problems().forEach(p -> assertThat(p.offset()).isBetween(0, text.length()));
    }

    @Property(tries = 300)
    void parserNeverThrowsOnRuleLikeStrings(@ForAll("ruleLike") String text) {
        RuleParse parse = parser.parse(text);
        assertThat(parse.rule().isPresent() || !parse.problems().isEmpty()).isTrue();
    }

    @Provide
    Arbitrary<String> ruleLike() {
        return Arbitraries.strings().withChars("Bash()Read:*/ \\mcp_").ofMaxLength(20);
    }

    @Property(tries = 300)
    void exactRuleMatchesTheCommandItWasWrittenFrom(@ForAll("commands") String command) {
        PermissionRule rule = parser.parse("Bash(" + command + ")").rule().orElseThrow();
        assertThat(rule.matches(ToolUse.bash(command))).isTrue();
    }

    @Property(tries = 300)
    void prefixRulesMatchTheCommandTheyWereWrittenFrom(@ForAll("commands") String prefix, @ForAll("commands") String rest) {
        for (String form : List.of(prefix + ":*", prefix + " *", prefix + "*")) {
            PermissionRule rule = parser.parse("Bash(" + form + ")").rule().orElseThrow();
            assertThat(rule.matches(ToolUse.bash(prefix))).as(form).isTrue();
            assertThat(rule.matches(ToolUse.bash(prefix + " " + rest))).as(form).isTrue();
        }
    }

    @Property(tries = 200)
    void denyWinsOverAllowWhateverTheFileOrder(@ForAll("commands") String command, @ForAll("commands") String rest,
            @ForAll boolean denyInLocal, @ForAll boolean reversed) {
        String deny = "{\"permissions\": {\"deny\": [\"Bash(" + command + ":*)\"]}}";
        String allow = "{\"permissions\": {\"allow\": [\"Bash\", \"Bash(" + command + " *)\"]}}";
        PermissionEntries entries = PermissionEntries.standard();
        List<FileRules> files = new ArrayList<>(List.of(
                entries.read("a.json", denyInLocal ? SettingsScope.LOCAL : SettingsScope.PROJECT, deny),
                entries.read("b.json", denyInLocal ? SettingsScope.PROJECT : SettingsScope.LOCAL, allow),
                entries.read("u.json", SettingsScope.USER, allow)));
        if (reversed) {
            Collections.reverse(files);
        }
        PermissionSet set = PermissionSet.of(files);
        assertThat(set.decide(ToolUse.bash(command + " " + rest)).verdict()).isEqualTo(Verdict.DENY);
        assertThat(set.decide(ToolUse.bash("true && " + command)).verdict()).isEqualTo(Verdict.DENY);
        assertThat(set.shadowed()).extracting(f -> f.entry().rule().toString()).contains("Bash(" + command + " *)");
    }

    @Property(tries = 200)
    void shadowingIsSound(@ForAll("ruleTexts") String catcher, @ForAll("ruleTexts") String allowed,
            @ForAll("commands") String probe) {
        PermissionRule c = parser.parse(catcher).rule().orElse(null);
        PermissionRule a = parser.parse(allowed).rule().orElse(null);
        if (c == null || a == null || !c.tool().equals("Bash") || !a.tool().equals("Bash")) {
            return;
        }
        if (Shadowing.covers(c, a)) {
            for (String command : List.of(probe, a.specifier().orElse("").replace(":*", "").replace("*", "")
                    .trim(), a.specifier().orElse("").replace(":*", " " + probe).replace("*", probe))) {
                if (!command.isBlank() && a.matches(ToolUse.bash(command))) {
                    assertThat(c.catches(ToolUse.bash(command))).as(command).isTrue();
                }
            }
        }
    }
}
