package dev.guidepost.check.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.policy.PolicyException;
import dev.guidepost.policy.Severity;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsCheckTest {

    @TempDir
    Path repo;

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Report check(String policy) throws IOException {
        return check(policy, null);
    }

    private Report check(String policy, Path user) throws IOException {
        write("guidepost.yaml", "guidepost: 1\nname: test\n" + policy);
        return Guidepost.standard().check(CheckRequest.of(repo).withThreads(1).withUserSettings(user));
    }

    @Test
    void reportsEachCommandNotDeniedOnTheDenyArrayWithItsRange() throws IOException {
        write(".claude/settings.json", "{\n  \"permissions\": {\n    \"deny\": [\"Bash(rm -rf *)\"]\n  }\n}\n");
        Report report = check("rules:\n  - id: t/deny\n    target: settings\n    denies: [\"rm -rf /\", \"Read(./.env)\", \"git push --force\"]\n");
        assertThat(report.findings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.location()).isEqualTo(new dev.guidepost.report.Location(".claude/settings.json", 3, 13, 3, 14));
        });
        assertThat(report.findings()).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("'Read(./.env)' is not denied"))
                .anySatisfy(m -> assertThat(m).contains("'git push --force' is not denied"));
    }

    @Test
    void repositoryRootWithoutSettingsIsReportedAsAFolder() throws IOException {
        Report report = check("rules:\n  - id: t/deny\n    target: settings\n    denies: [\"rm -rf /\"]\n");
        assertThat(report.findings()).singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo(dev.guidepost.report.Location.file(".")));
    }

    @Test
    void nestedSettingsFolderDoesNotInheritTheRootFiles() throws IOException {
        write(".claude/settings.json", "{\"permissions\": {\"deny\": [\"Bash(rm *)\"]}}");
        write("tools/.claude/settings.local.json", "{\"permissions\": {\"allow\": [\"Bash(ls)\"]}}");
        Report report = check("rules:\n  - id: t/deny\n    target: settings\n    denies: [rm x]\n");
        assertThat(report.findings()).singleElement()
                .satisfies(f -> assertThat(f.location().path()).isEqualTo("tools/.claude/settings.local.json"));
    }

    @Test
    void notAllowsIsReportedOnTheAllowEntryWithTheStringsRange() throws IOException {
        write(".claude/settings.json", "{\n  \"permissions\": {\n    \"allow\": [\"Bash(git *)\"]\n  }\n}\n");
        Report report = check("rules:\n  - id: t/no-push\n    target: settings\n    not-allows: [git push]\n");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(new dev.guidepost.report.Location(".claude/settings.json", 3, 15, 3, 28));
            assertThat(f.message()).contains("allow rule 'Bash(git *)' lets 'git push'");
        });
    }

    @Test
    void userSettingsJoinTheMergeButAreNeverReportedInto() throws IOException {
        Path user = repo.resolve("home-settings.json");
        Files.writeString(user, "{\"permisions\": {}, \"permissions\": {\"deny\": [\"Bash(rm *)\"]}}");
        Report report = check("rules:\n  - id: t/deny\n    target: settings\n    denies: [rm x]\n"
                + "  - id: t/valid\n    target: settings\n    check: settings-valid\n", user);
        assertThat(report.findings()).isEmpty();
        assertThat(report.notes()).anySatisfy(n -> assertThat(n.toString()).contains("permisions"));
    }

    @Test
    void libraryWarningsStayWarningsAndARuleSeverityCapsThem() throws IOException {
        write(".claude/settings.json", "{\n  \"permisions\": {},\n  \"permissions\": {\"defaultMode\": \"yolo\"}\n}\n");
        Report errorRule = check("rules:\n  - id: t/valid\n    target: settings\n    check: settings-valid\n");
        assertThat(errorRule.findings()).extracting(Finding::severity)
                .containsExactlyInAnyOrder(Severity.WARNING, Severity.ERROR);
        Report infoRule = check("rules:\n  - id: t/valid\n    target: settings\n    severity: info\n    check: settings-valid\n");
        assertThat(infoRule.findings()).extracting(Finding::severity).containsOnly(Severity.INFO).hasSize(2);
    }

    @Test
    void rejectsUnknownCheckWithSuggestionAndMixedOptions() throws IOException {
        write("guidepost.yaml", "guidepost: 1\nname: test\nrules:\n"
                + "  - id: t/a\n    target: settings\n    check: setings-valid\n"
                + "  - id: t/b\n    target: settings\n    check: settings-valid\n    denies: [x]\n"
                + "  - id: t/c\n    target: settings\n"
                + "  - id: t/d\n    target: settings\n    for-each: django-projects\n    denies: [x]\n");
        assertThatThrownBy(() -> Guidepost.standard().check(CheckRequest.of(repo)))
                .isInstanceOfSatisfying(PolicyException.class, e -> {
                    List<String> messages = e.problems().stream().map(Object::toString).toList();
                    assertThat(messages).hasSize(4);
                    assertThat(String.join("\n", messages)).contains("did you mean 'settings-valid'")
                            .contains("cannot be combined").contains("needs 'check'")
                            .contains("did you mean 'django-project'");
                });
    }

    @Test
    void parsesToolUsesAndManagePyCommands() {
        assertThat(SettingsCommand.of("Read(./.env)").uses()).containsExactly(ToolUse.read("./.env"));
        assertThat(SettingsCommand.of("echo (hi)").uses()).containsExactly(ToolUse.bash("echo (hi)"));
        assertThat(SettingsCommand.of("manage.py migrate").bare()).hasSize(DjangoCommands.LAUNCHERS.size());
        assertThat(SettingsCommand.of("manage.py migrate").uses()).contains(ToolUse.bash("./manage.py migrate --fake"));
    }
}
