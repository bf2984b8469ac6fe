package dev.guidepost.check.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchingTest {

    private static PermissionRule rule(String text) {
        return PermissionRuleParser.standard().parse(text).rule().orElseThrow();
    }

    @Test
    void legacyPrefixMatchesCommandAndItsArguments() {
        PermissionRule prefix = rule("Bash(npm run test:*)");
        assertThat(prefix.matches(ToolUse.bash("npm run test"))).isTrue();
        assertThat(prefix.matches(ToolUse.bash("npm run test -- --watch"))).isTrue();
        assertThat(prefix.matches(ToolUse.bash("npm run testing"))).isFalse();
    }

    @Test
    void trailingSpaceStarKeepsTheWordBoundary() {
        PermissionRule ls = rule("Bash(ls *)");
        assertThat(ls.matches(ToolUse.bash("ls"))).isTrue();
        assertThat(ls.matches(ToolUse.bash("ls -la"))).isTrue();
        assertThat(ls.matches(ToolUse.bash("lsof"))).isFalse();
        assertThat(rule("Bash(ls*)").matches(ToolUse.bash("lsof"))).isTrue();
    }

    @Test
    void starInTheMiddleIsAGlob() {
        PermissionRule rule = rule("Bash(git * main)");
        assertThat(rule.matches(ToolUse.bash("git push origin main"))).isTrue();
        assertThat(rule.matches(ToolUse.bash("git push origin dev"))).isFalse();
    }

    @Test
    void exactRuleMatchesOnlyThatCommand() {
        PermissionRule rule = rule("Bash(python manage.py migrate)");
        assertThat(rule.matches(ToolUse.bash("python manage.py migrate"))).isTrue();
        assertThat(rule.matches(ToolUse.bash("python manage.py migrate --fake"))).isFalse();
    }

    @Test
    void bareBashMatchesEveryCommand() {
        assertThat(rule("Bash").matches(ToolUse.bash("rm -rf / && echo done"))).isTrue();
        assertThat(rule("Bash(*)").matches(ToolUse.bash("anything at all"))).isTrue();
        assertThat(rule("Bash").matches(ToolUse.read("a.txt"))).isFalse();
    }

    @Test
    void compoundCommandNeedsEveryPartForAllowButOnePartForDeny() {
        PermissionRule safe = rule("Bash(git status:*)");
        ToolUse compound = ToolUse.bash("git status && rm -rf build");
        assertThat(safe.matches(compound)).isFalse();
        assertThat(safe.catches(compound)).isTrue();
        assertThat(rule("Bash(rm:*)").catches(ToolUse.bash("echo ok; rm -rf x"))).isTrue();
        assertThat(rule("Bash(rm:*)").catches(ToolUse.bash("echo $(rm -rf x)"))).isTrue();
        assertThat(rule("Bash(git:*)").matches(ToolUse.bash("git add . && git commit -m 'a && b'"))).isTrue();
    }

    @Test
    void splitsOnShellOperatorsOutsideQuotes() {
        assertThat(ShellCommand.split("a && b || c; d | e & f\ng")).containsExactly("a", "b", "c", "d", "e", "f", "g");
        assertThat(ShellCommand.split("echo 'a && b' \"c; d\"")).containsExactly("echo 'a && b' \"c; d\"");
        assertThat(ShellCommand.split("make 2>&1")).containsExactly("make 2>&1");
        assertThat(ShellCommand.split("echo `whoami`")).containsExactly("whoami", "echo `whoami`");
    }

    @Test
    void pathRulesUseGitignoreAnchors() {
        PathContext context = new PathContext("/repo", "/home/me");
        RuleMatcher env = RuleMatcher.of(rule("Read(.env)"));
        assertThat(env.covers(ToolUse.read("config/.env"), context)).isTrue();
        assertThat(env.covers(ToolUse.read("/repo/.env"), context)).isTrue();
        assertThat(env.covers(ToolUse.read("/elsewhere/.env"), context)).isFalse();
        RuleMatcher rooted = RuleMatcher.of(rule("Edit(/src/**/*.ts)"));
        assertThat(rooted.covers(ToolUse.edit("src/a/b.ts"), context)).isTrue();
        assertThat(rooted.covers(ToolUse.edit("lib/src/b.ts"), context)).isFalse();
        assertThat(rooted.covers(ToolUse.write("src/x.ts"), context)).as("Write is checked against Edit rules").isTrue();
        RuleMatcher absolute = RuleMatcher.of(rule("Read(//etc/secrets/**)"));
        assertThat(absolute.covers(ToolUse.read("/etc/secrets/db/key"), context)).isTrue();
        RuleMatcher home = RuleMatcher.of(rule("Read(~/.ssh/**)"));
        assertThat(home.covers(ToolUse.read("~/.ssh/id_rsa"), context)).isTrue();
        assertThat(home.covers(ToolUse.read("/home/me/.ssh/config"), context)).isTrue();
        assertThat(home.covers(ToolUse.read("/repo/.ssh/config"), context)).isFalse();
    }

    @Test
    void unconsultedWriteRuleMatchesNothing() {
        assertThat(rule("Write(src/**)").matches(ToolUse.write("src/a.py"))).isFalse();
        assertThat(rule("Write").matches(ToolUse.write("src/a.py"))).isTrue();
    }

    @Test
    void webFetchMatchesHost() {
        PermissionRule rule = rule("WebFetch(domain:example.com)");
        assertThat(rule.matches(ToolUse.webFetch("https://example.com/docs"))).isTrue();
        assertThat(rule.matches(ToolUse.webFetch("https://evil.com/example.com"))).isFalse();
        assertThat(rule("WebFetch(domain:*.example.com)").matches(ToolUse.webFetch("https://api.example.com"))).isTrue();
    }

    @Test
    void mcpRulesMatchServerOrTool() {
        assertThat(rule("mcp__github").matches(ToolUse.mcp("github", "search"))).isTrue();
        assertThat(rule("mcp__github__*").matches(ToolUse.mcp("github", "search"))).isTrue();
        assertThat(rule("mcp__github__search").matches(ToolUse.mcp("github", "create"))).isFalse();
        assertThat(rule("mcp__git").matches(ToolUse.mcp("github", "search"))).isFalse();
    }
}
