package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

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

    private void djangoProject() throws IOException {
        Files.writeString(dir.resolve("manage.py"),
                "import os\nos.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"shop.settings\")\n");
        Files.createDirectories(dir.resolve("shop"));
        Files.writeString(dir.resolve("shop/__init__.py"), "");
        Files.writeString(dir.resolve("shop/settings.py"),
                "DATABASES = {\"default\": {\"ENGINE\": \"django.db.backends.postgresql\"}}\n");
        Files.writeString(dir.resolve("uv.lock"), "version = 1\n");
    }

    private long fileCount() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void dryRunPrintsUnifiedDiffsAndWritesNothing() throws IOException {
        djangoProject();
        long before = fileCount();

        Result result = run("init", dir.toString(), "--dry-run");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("--- /dev/null\n+++ b/CLAUDE.md\n@@ -0,0 +1,",
                "+++ b/.claude/settings.json", "+      \"Bash(uv run python manage.py migrate:*)\"",
                "+++ b/guidepost.yaml", "+- Engine: PostgreSQL");
        assertThat(fileCount()).isEqualTo(before);
    }

    @Test
    void initWritesOnceThenFindsNothingToWrite() throws IOException {
        djangoProject();

        Result first = run("init", dir.toString());
        Result second = run("init", dir.toString());

        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("created CLAUDE.md", "created .claude/settings.json", "created guidepost.yaml");
        assertThat(Files.readString(dir.resolve(".claude/settings.json"))).contains("Bash(uv run pytest:*)");
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("nothing to write").doesNotContain("created");
        Result check = run("check", dir.toString(), "--fail-on", "warning");
        assertThat(check.out()).doesNotContain("claude-md", "settings-deny", "settings-allow");
    }

    @Test
    void notAFolderIsAUsageError() {
        Result result = run("init", dir.resolve("missing").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("not a folder");
    }

    @Test
    void hooksGoIntoTheNewSettingsFileAndIntoAnExistingOneOnce() throws IOException {
        djangoProject();

        Result plain = run("init", dir.toString());
        assertThat(Files.readString(dir.resolve(".claude/settings.json"))).doesNotContain("hooks");
        Result hooks = run("init", dir.toString(), "--hooks");
        String written = Files.readString(dir.resolve(".claude/settings.json"));
        Result again = run("init", dir.toString(), "--hooks");

        assertThat(plain.out()).contains("created .claude/settings.json");
        assertThat(hooks.code()).isZero();
        assertThat(hooks.out()).contains("changed .claude/settings.json (adds the Claude Code hooks that run 'guidepost hook':");
        assertThat(written).contains("\"PostToolUse\": [\n      {\"matcher\": \"Edit|Write|MultiEdit|NotebookEdit\"");
        assertThat(again.out()).contains("nothing to write");
        assertThat(Files.readString(dir.resolve(".claude/settings.json"))).isEqualTo(written);
    }

    @Test
    void saysWhenGuidepostIsNotOnThePath() {
        assertThat(HookPathNote.of("/nonexistent-a:/nonexistent-b")).get().asString()
                .contains("'guidepost' is not on this shell's PATH");
        assertThat(HookPathNote.of(null)).isPresent();
    }

    @Test
    void findsGuidepostOnThePath() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path launcher = Files.writeString(bin.resolve("guidepost"), "#!/bin/sh\n");
        launcher.toFile().setExecutable(true);

        assertThat(HookPathNote.of("/nonexistent:" + bin)).isEmpty();
    }
}
