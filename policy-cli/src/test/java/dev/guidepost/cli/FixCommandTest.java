package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private void project(String settings) throws IOException {
        Files.writeString(dir.resolve("manage.py"),
                "import os\nos.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"shop.settings\")\n");
        Files.createDirectories(dir.resolve("shop"));
        Files.writeString(dir.resolve("shop/__init__.py"), "");
        Files.writeString(dir.resolve("shop/settings.py"), "DEBUG = False\n");
        Files.createDirectories(dir.resolve(".claude"));
        Files.writeString(dir.resolve(".claude/settings.json"), settings);
    }

    @Test
    void diffPrintsTheEditsAndWritesNothing() throws IOException {
        String settings = "{\n  \"permissions\": {\n    \"allow\": [\"Bash(python manage.py:*)\"]\n  }\n}\n";
        project(settings);

        Result result = run("check", dir.toString(), "--fix", "--diff");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).startsWith("--- a/.claude/settings.json\n+++ b/.claude/settings.json\n")
                .contains("+    \"deny\": [\n+      \"Bash(python manage.py migrate:*)\",");
        assertThat(result.out()).contains("--- /dev/null\n+++ b/CLAUDE.md\n", "+## Migrations\n");
        assertThat(result.err()).contains("Would fix ", "in 2 files; nothing written.");
        assertThat(Files.readString(dir.resolve(".claude/settings.json"))).isEqualTo(settings);
    }

    @Test
    void fixWritesReportsWhatIsLeftAndASecondFixHasNothingToDo() throws IOException {
        project("{\n  \"permissions\": {\n    \"allow\": [\"Bash(*)\"]\n  }\n}\n");

        Result first = run("check", dir.toString(), "--fix", "--color", "never");
        Result second = run("check", dir.toString(), "--fix", "--color", "never");

        assertThat(first.err()).contains("fixed .claude/settings.json (adds 30 deny rules)", "Fixed ", " left.");
        assertThat(first.out()).doesNotContain("settings-deny-destructive", "settings-allow-conflict");
        assertThat(Files.readString(dir.resolve(".claude/settings.json")))
                .startsWith("{\n  \"permissions\": {\n    \"allow\": [\"Bash(*)\"],\n    \"deny\": [\n");
        assertThat(second.err()).contains("Nothing to fix.");
        assertThat(run("check", dir.toString(), "--fix", "--diff").code()).isZero();
    }

    @Test
    void aBrokenSettingsFileIsNotWrittenAndTheReasonHasAPlace() throws IOException {
        String broken = "{\n  \"permissions\": {\n    \"allow\": [\"Bash(*)\",]\n  }\n}\n";
        project(broken);

        Result result = run("check", dir.toString(), "--fix", "--color", "never");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("note: .claude/settings.json:3:").doesNotContain("Exception", "\tat ");
        assertThat(result.out()).contains("claude/settings-valid");
        assertThat(Files.readString(dir.resolve(".claude/settings.json"))).isEqualTo(broken);
    }

    @Test
    void diffWithoutFixIsAUsageError() {
        Result result = run("check", dir.toString(), "--diff");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--diff shows what --fix would change");
    }

    @Test
    void codeChangesOnlyWithUnsafeFixes() throws IOException {
        project("{}\n");
        String code = "def f():\n    try:\n        g()\n    except:\n        pass\n";
        Files.writeString(dir.resolve("shop/views.py"), code);

        Result safe = run("check", dir.toString(), "--fix", "--color", "never");
        assertThat(safe.err()).contains("note: django/no-bare-except: 1 finding has a replacement that changes code;"
                + " --unsafe-fixes applies it");
        assertThat(Files.readString(dir.resolve("shop/views.py"))).isEqualTo(code);

        Result unsafe = run("check", dir.toString(), "--fix", "--unsafe-fixes", "--color", "never");
        assertThat(unsafe.err()).contains("fixed shop/views.py (replaces 1 match of django/no-bare-except)");
        assertThat(Files.readString(dir.resolve("shop/views.py"))).isEqualTo(code.replace("except:", "except Exception:"));
        assertThat(run("check", dir.toString(), "--unsafe-fixes").code()).isEqualTo(2);
    }

    @Test
    void hooksAreAddedBesideThePermissionRulesOnlyWhenAskedAndOnlyOnce() throws IOException {
        project("{\n  \"permissions\": {\n    \"allow\": [\"Bash(*)\"]\n  }\n}\n");

        Result plain = run("check", dir.toString(), "--fix", "--diff");
        Result preview = run("check", dir.toString(), "--fix", "--hooks", "--diff");
        Result first = run("check", dir.toString(), "--fix", "--hooks", "--color", "never");
        String written = Files.readString(dir.resolve(".claude/settings.json"));
        Result second = run("check", dir.toString(), "--fix", "--hooks", "--color", "never");

        assertThat(plain.out()).doesNotContain("guidepost hook");
        assertThat(preview.out()).startsWith("--- a/.claude/settings.json\n+++ b/.claude/settings.json\n")
                .contains("+    \"deny\": [", "+  \"hooks\": {\n+    \"SessionStart\": [",
                        "+      {\"matcher\": \"Bash\", \"hooks\": [{\"type\": \"command\", \"command\": \"guidepost hook\"");
        assertThat(first.err()).contains("fixed .claude/settings.json (adds 30 deny rules; adds the Claude Code hooks that run"
                + " 'guidepost hook': SessionStart, PreToolUse (Bash), PostToolUse (Edit|Write|MultiEdit|NotebookEdit), Stop)");
        assertThat(written).startsWith("{\n  \"permissions\": {\n    \"allow\": [\"Bash(*)\"],\n    \"deny\": [\n")
                .contains("\"Stop\": [\n      {\"hooks\": [{\"type\": \"command\", \"command\": \"guidepost hook\", \"timeout\": 120}]}");
        assertThat(second.err()).contains("Nothing to fix.");
        assertThat(Files.readString(dir.resolve(".claude/settings.json"))).isEqualTo(written);
    }

    @Test
    void hooksOnlyIsAFileChangeNotAFindingFixed() throws IOException {
        project("{}\n");
        run("check", dir.toString(), "--fix");

        Result result = run("check", dir.toString(), "--fix", "--hooks", "--color", "never");

        assertThat(result.err()).contains("fixed .claude/settings.json (adds the Claude Code hooks", "Changed 1 file; ");
    }

    @Test
    void hooksWithoutFixIsAUsageError() {
        Result result = run("check", dir.toString(), "--hooks");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--hooks is something --fix adds");
    }
}
