package dev.guidepost.check.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.fixture.CheckHarness;
import dev.guidepost.policy.Severity;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsCheckTest {

    @TempDir
    Path temp;

    private CheckHarness harness;

    @BeforeEach
    void harness() {
        harness = CheckHarness.in(temp);
    }

    @Test
    void reportsTheCommandsNotDeniedInOneFindingOnTheDenyArrayWithItsRange() {
        harness.file(".claude/settings.json", "{\n  \"permissions\": {\n    \"deny\": [\"Bash(rm -rf *)\"]\n  }\n}\n")
                .rules("""
                        - id: t/deny
                          target: settings
                          denies: ["rm -rf /", "Read(./.env)", "git push --force"]
                        """)
                .expect("t/deny .claude/settings.json:3")
                .assertExpectations();
        assertThat(harness.findings()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(new Location(".claude/settings.json", 3, 13, 3, 14));
            assertThat(f.message()).contains("2 commands are not denied for Claude Code started in the repository root")
                    .contains("'Read(./.env)' ('Read(./.env)' is not decided by any rule)")
                    .contains("'git push --force' ('git push --force' is not decided by any rule)")
                    .doesNotContain("rm -rf /");
            assertThat(f.properties()).containsEntry("commands", List.of("Read(./.env)", "git push --force"))
                    .containsEntry("expectation", List.of("denies"));
        });
    }

    @Test
    void eachListIsOneGapPlacedOnItsOwnArray() {
        harness.file(".claude/settings.json", "{\n  \"permissions\": {\n    \"deny\": [],\n    \"allow\": []\n  }\n}\n")
                .rules("""
                        - id: t/mixed
                          target: settings
                          denies: ["rm -rf /", "git push --force"]
                          allows: [ls, pwd]
                        """)
                .expect("t/mixed .claude/settings.json:3")
                .expect("t/mixed .claude/settings.json:4")
                .assertExpectations();
    }

    @Test
    void repositoryRootWithoutSettingsIsOneFindingOnTheFolderPointingAtInit() {
        harness.rules("""
                - id: t/deny
                  target: settings
                  denies: ["rm -rf /", "git clean -fdx", "Read(./.env)"]
                """).expect("t/deny .").assertExpectations();
        assertThat(harness.findings()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(Location.file("."));
            assertThat(f.message()).contains("no Claude Code settings file (.claude/settings.json)")
                    .contains("'rm -rf /', 'git clean -fdx' and 'Read(./.env)' are not denied")
                    .contains("`guidepost init`");
            assertThat(f.properties().get("commands")).containsExactly("rm -rf /", "git clean -fdx", "Read(./.env)");
        });
    }

    @Test
    void nestedSettingsFolderDoesNotInheritTheRootFiles() {
        harness.file(".claude/settings.json", "{\"permissions\": {\"deny\": [\"Bash(rm *)\"]}}")
                .file("tools/.claude/settings.local.json", "{\"permissions\": {\"allow\": [\"Bash(ls)\"]}}")
                .rules("""
                        - id: t/deny
                          target: settings
                          denies: [rm x]
                        """)
                .expect("t/deny tools/.claude/settings.local.json")
                .assertExpectations();
    }

    @Test
    void notAllowsIsReportedOnTheAllowEntryWithTheStringsRange() {
        harness.file(".claude/settings.json", "{\n  \"permissions\": {\n    \"allow\": [\"Bash(git *)\"]\n  }\n}\n")
                .rules("""
                        - id: t/no-push
                          target: settings
                          not-allows: [git push]
                        """);
        assertThat(harness.findings()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(new Location(".claude/settings.json", 3, 15, 3, 28));
            assertThat(f.message()).contains("allow rule 'Bash(git *)' lets 'git push'");
            assertThat(f.properties()).containsEntry("commands", List.of("git push"))
                    .containsEntry("expectation", List.of("not-allows"));
        });
    }

    @Test
    void userSettingsJoinTheMergeButAreNeverReportedInto() {
        harness.userSettings("{\"permisions\": {}, \"permissions\": {\"deny\": [\"Bash(rm *)\"]}}")
                .rules("""
                        - id: t/deny
                          target: settings
                          denies: [rm x]
                        - id: t/valid
                          target: settings
                          check: settings-valid
                        """)
                .assertExpectations();
        assertThat(harness.report().notes()).anySatisfy(n -> assertThat(n.toString()).contains("permisions"));
    }

    @Test
    void libraryWarningsStayWarningsAndARuleSeverityCapsThem() {
        String settings = "{\n  \"permisions\": {},\n  \"permissions\": {\"defaultMode\": \"yolo\"}\n}\n";
        CheckHarness errorRule = CheckHarness.in(temp.resolve("error")).file(".claude/settings.json", settings)
                .rules("""
                        - id: t/valid
                          target: settings
                          check: settings-valid
                        """);
        assertThat(errorRule.findings()).extracting(Finding::severity)
                .containsExactlyInAnyOrder(Severity.WARNING, Severity.ERROR);
        CheckHarness infoRule = CheckHarness.in(temp.resolve("info")).file(".claude/settings.json", settings)
                .rules("""
                        - id: t/valid
                          target: settings
                          severity: info
                          check: settings-valid
                        """);
        assertThat(infoRule.findings()).extracting(Finding::severity).containsOnly(Severity.INFO).hasSize(2);
    }

    @Test
    void rejectsUnknownCheckWithSuggestionAndMixedOptions() {
        List<String> problems = harness.rules("""
                - id: t/a
                  target: settings
                  check: setings-valid
                - id: t/b
                  target: settings
                  check: settings-valid
                  denies: [x]
                - id: t/c
                  target: settings
                - id: t/d
                  target: settings
                  for-each: django-projects
                  denies: [x]
                """).problems();
        assertThat(problems).hasSize(4);
        assertThat(String.join("\n", problems)).contains("5: unknown check 'setings-valid' (did you mean"
                        + " 'settings-valid'?)").contains("cannot be combined").contains("needs 'check'")
                .contains("14: unknown for-each 'django-projects' (did you mean 'django-project'?); expected one of"
                        + " settings-folder, django-project");
    }

    @Test
    void parsesToolUsesAndManagePyCommands() {
        assertThat(SettingsCommand.of("Read(./.env)").uses()).containsExactly(ToolUse.read("./.env"));
        assertThat(SettingsCommand.of("echo (hi)").uses()).containsExactly(ToolUse.bash("echo (hi)"));
        assertThat(SettingsCommand.of("manage.py migrate").bare()).hasSize(DjangoCommands.LAUNCHERS.size());
        assertThat(SettingsCommand.of("manage.py migrate").uses()).contains(ToolUse.bash("./manage.py migrate --fake"));
    }
}
