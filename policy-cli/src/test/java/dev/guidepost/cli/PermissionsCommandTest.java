package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PermissionsCommandTest {

    @TempDir
    Path repo;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private void settings(String name, String json) throws IOException {
        Files.createDirectories(repo.resolve(".claude"));
        Files.writeString(repo.resolve(".claude").resolve(name), json);
    }

    @Test
    void showsTheDenyRuleAndItsFileLine() throws IOException {
        settings("settings.json", "{\n  \"permissions\": {\n    \"allow\": [\"Bash(python manage.py *)\"],\n"
                + "    \"deny\": [\"Bash(python manage.py migrate*)\"]\n  }\n}\n");
        int code = run("permissions", repo.toString(), "--", "python", "manage.py", "migrate", "--fake");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("python manage.py migrate --fake: deny")
                .contains("deny rule Bash(python manage.py migrate*) in ").contains(".claude/settings.json:4");
    }

    @Test
    void localFileAddsToProjectFileAndCompoundCommandsAreShownPerPart() throws IOException {
        settings("settings.json", "{\"permissions\": {\"allow\": [\"Bash(cd *)\"]}}");
        settings("settings.local.json", "{\"permissions\": {\"allow\": [\"Bash(./manage.py flush *)\"]}}");
        run("permissions", repo.toString(), "--", "cd app && ./manage.py flush --noinput");
        assertThat(out.toString()).contains("cd app && ./manage.py flush --noinput: allow")
                .contains("  cd app: allow by allow rule Bash(cd *)")
                .contains("  ./manage.py flush --noinput: allow by allow rule Bash(./manage.py flush *) in ")
                .contains("settings.local.json:1");
    }

    @Test
    void userSettingsTakePartInTheMerge() throws IOException {
        settings("settings.json", "{\"permissions\": {\"allow\": [\"Bash(*)\"]}}");
        Path user = repo.resolve("user.json");
        Files.writeString(user, "{\"permissions\": {\"ask\": [\"Bash(django-admin loaddata:*)\"]}}");
        run("permissions", "--user-settings", user.toString(), repo.toString(), "--", "django-admin", "loaddata", "x.json");
        assertThat(out.toString()).contains("reads user settings").contains("django-admin loaddata x.json: ask");
    }

    @Test
    void saysNotDecidedWhenNoRuleMatchesAndPointsAtAParentWithSettings() throws IOException {
        settings("settings.json", "{\"permissions\": {\"deny\": [\"Bash(rm *)\"]}}");
        Path sub = Files.createDirectories(repo.resolve("backend"));
        run("permissions", sub.toString(), "--", "rm", "-rf", "build");
        assertThat(out.toString()).contains("rm -rf build: not decided").contains("has a .claude/ folder");
    }

    @Test
    void malformedSettingsAreNamedAsIgnored() throws IOException {
        settings("settings.json", "{\"permissions\": {\"deny\": [\"Bash(rm *)\",]}}");
        run("permissions", repo.toString(), "--", "rm", "x");
        assertThat(out.toString()).contains("(1:40: malformed JSON").contains("Claude Code ignores the whole file")
                .contains("rm x: not decided");
    }

    @Test
    void aFileClaudeCodeRejectsAddsNoRules() throws IOException {
        // a value of the wrong type makes Claude Code ignore the whole file, its deny rules included
        settings("settings.json", "{\"model\": 3, \"permissions\": {\"deny\": [\"Bash(rm *)\"]}}");
        run("permissions", repo.toString(), "--", "rm", "x");
        assertThat(out.toString()).contains("(1:11: 'model' must be a string").contains("rm x: not decided");
    }

    @Test
    void saysWhenTheAnswerAssumesATrustedWorkspace() throws IOException {
        settings("settings.json", "{\"permissions\": {\"allow\": [\"Bash(pytest *)\"], \"deny\": [\"Bash(rm *)\"]}}");
        run("permissions", repo.toString(), "--", "pytest", "-q");
        assertThat(out.toString()).contains("pytest -q: allow")
                .contains("note: this answer assumes a trusted workspace")
                .contains("ignores the 1 allow rule of the project's own settings files")
                .contains("there the answer is: not decided");
        out.getBuffer().setLength(0);
        run("permissions", repo.toString(), "--", "rm", "x");
        assertThat(out.toString()).contains("rm x: deny").contains("the answer is the same there");
    }

    @Test
    void noTrustNoteWithoutProjectAllowRules() throws IOException {
        settings("settings.json", "{\"permissions\": {\"deny\": [\"Bash(rm *)\"]}}");
        run("permissions", repo.toString(), "--", "rm", "x");
        assertThat(out.toString()).doesNotContain("trusted workspace");
    }

    @Test
    void missingCommandIsAUsageError() {
        assertThat(run("permissions", repo.toString(), "--")).isEqualTo(2);
    }

    @Test
    void checkUsesTheUserSettingsFile() throws IOException {
        Files.writeString(repo.resolve("manage.py"), "print('manage')\n");
        settings("settings.json", "{\"permissions\": {\"allow\": [\"Bash(pytest *)\"]}}");
        Path user = repo.resolve("user.json");
        Files.writeString(user, "{\"permissions\": {\"allow\": [\"Bash\"]}}");
        int code = run("check", repo.toString(), "--user-settings", user.toString(), "--format", "json");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("django/settings-allow-conflict").contains("of the user settings");
    }

    @Test
    void checkRejectsAMissingUserSettingsFile() {
        assertThat(run("check", repo.toString(), "--user-settings", repo.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no user settings file");
    }
}
