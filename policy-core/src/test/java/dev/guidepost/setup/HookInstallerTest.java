package dev.guidepost.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.CheckRequest;
import dev.guidepost.FixMode;
import dev.guidepost.FixResult;
import dev.guidepost.Guidepost;
import dev.guidepost.edit.ChangeWriter;
import dev.guidepost.edit.FileChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookInstallerTest {

    private static final String FILE = HookInstaller.SETTINGS_FILE;

    private static HookInstaller.Plan plan(Path root, String text) throws IOException {
        Files.createDirectories(root.resolve(".claude"));
        Files.writeString(root.resolve(FILE), text);
        return HookInstaller.plan(root, Optional.empty());
    }

    private static String applied(Path root, HookInstaller.Plan plan) throws IOException {
        new ChangeWriter(root).apply(plan.change().stream().toList());
        return Files.readString(root.resolve(FILE));
    }

    @Test
    void createsASettingsFileWithTheFourEntriesThatTheSchemaAccepts(@TempDir Path root) throws IOException {
        HookInstaller.Plan plan = HookInstaller.plan(root, Optional.empty());

        FileChange change = plan.change().orElseThrow();
        assertThat(change.creates()).isTrue();
        assertThat(change.summary()).contains("SessionStart", "PreToolUse (Bash)",
                "PostToolUse (Edit|Write|MultiEdit|NotebookEdit)", "Stop");
        assertThat(change.after()).isEqualTo("""
                {
                  "$schema": "https://json.schemastore.org/claude-code-settings.json",
                  "hooks": {
                    "SessionStart": [
                      {"hooks": [{"type": "command", "command": "guidepost hook", "timeout": 30}]}
                    ],
                    "PreToolUse": [
                      {"matcher": "Bash", "hooks": [{"type": "command", "command": "guidepost hook", "timeout": 30}]}
                    ],
                    "PostToolUse": [
                      {"matcher": "Edit|Write|MultiEdit|NotebookEdit", "hooks": [{"type": "command", "command": "guidepost hook", "timeout": 60}]}
                    ],
                    "Stop": [
                      {"hooks": [{"type": "command", "command": "guidepost hook", "timeout": 120}]}
                    ]
                  }
                }
                """);
        assertThat(ClaudeSettingsSchema.problems(change.after())).isEmpty();
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void theSchemaCheckCanFail() {
        // the validator really applies the closed hook shapes: an unknown event and a hook without a command fail
        assertThat(ClaudeSettingsSchema.problems("{\"hooks\": {\"AfterEdit\": []}}")).isNotEmpty();
        assertThat(ClaudeSettingsSchema.problems("{\"hooks\": {\"Stop\": [{\"hooks\": [{\"type\": \"command\"}]}]}}"))
                .isNotEmpty();
        assertThat(ClaudeSettingsSchema.problems("{\"hooks\": {\"Stop\": [{\"hooks\": [{\"type\": \"command\", "
                + "\"command\": \"x\", \"timeout\": 0}]}]}}")).isNotEmpty();
    }

    @Test
    void addsHooksAfterTheUsersSettingsAndKeepsEveryByte(@TempDir Path root) throws IOException {
        String original = "{\n    \"model\": \"opus\",\n    \"permissions\": {\n        \"deny\": [\"Read(./.env)\"]\n    }\n}\n";

        String after = applied(root, plan(root, original));

        assertThat(after).startsWith("{\n    \"model\": \"opus\",\n    \"permissions\": {\n        \"deny\": [\"Read(./.env)\"]\n"
                + "    },\n    \"hooks\": {\n        \"SessionStart\": [\n            {\"hooks\": [");
        assertThat(ClaudeSettingsSchema.problems(after)).isEmpty();
        assertThat(HookInstaller.plan(root, Optional.empty()).change()).isEmpty();
    }

    @Test
    void keepsTheUsersHooksAndAddsOnlyTheMissingEvents(@TempDir Path root) throws IOException {
        String original = """
                {
                  "hooks": {
                    "PreToolUse": [
                      { "matcher": "Bash", "hooks": [ { "type": "command", "command": "./scripts/guard.sh" } ] }
                    ],
                    "PostToolUse": [
                      { "matcher": "Edit", "hooks": [ { "type": "command", "command": "/opt/gp/bin/guidepost hook --fail-on warning" } ] }
                    ],
                    "Notification": [
                      { "hooks": [ { "type": "command", "command": "notify-send done" } ] }
                    ]
                  }
                }
                """;

        HookInstaller.Plan plan = plan(root, original);
        String after = applied(root, plan);

        assertThat(plan.change().orElseThrow().summary()).contains("SessionStart", "PreToolUse (Bash)", "Stop")
                .doesNotContain("PostToolUse");
        assertThat(after).contains("\"command\": \"./scripts/guard.sh\" } ] },\n      {\"matcher\": \"Bash\", \"hooks\": "
                + "[{\"type\": \"command\", \"command\": \"guidepost hook\", \"timeout\": 30}]}\n    ],");
        assertThat(after).containsOnlyOnce("guidepost hook --fail-on warning").containsOnlyOnce("notify-send done");
        assertThat(after.indexOf("\"Notification\"")).isLessThan(after.indexOf("\"SessionStart\""));
        assertThat(ClaudeSettingsSchema.problems(after)).isEmpty();
    }

    @Test
    void changesNothingWhenEveryEventRunsGuidepostAlready(@TempDir Path root) throws IOException {
        String complete = HookInstaller.plan(root, Optional.empty()).change().orElseThrow().after();

        HookInstaller.Plan plan = plan(root, complete);

        assertThat(plan.change()).isEmpty();
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void leavesAFileThatIsNotJsonAloneWithItsPlace(@TempDir Path root) throws IOException {
        HookInstaller.Plan plan = plan(root, "{\n  \"model\": \"opus\",\n}\n");

        assertThat(plan.change()).isEmpty();
        assertThat(plan.notes()).singleElement().asString().startsWith(FILE + ":3:1: ").endsWith("no hooks added until the file is valid JSON");
    }

    @Test
    void leavesHooksOfTheWrongTypeAlone(@TempDir Path root) throws IOException {
        HookInstaller.Plan plan = plan(root, "{\"hooks\": \"none\"}");

        assertThat(plan.change()).isEmpty();
        assertThat(plan.notes()).singleElement().asString().startsWith(FILE + ":1:").contains("'hooks' is a string, not an object");
    }

    @Test
    void leavesAFileClaudeCodeIgnoresAlone(@TempDir Path root) throws IOException {
        HookInstaller.Plan plan = plan(root, "{\"hooks\": []}");

        assertThat(plan.change()).isEmpty();
        assertThat(plan.notes()).singleElement().asString().contains("Claude Code ignores this file");
    }

    @Test
    void saysWhenAllHooksAreSwitchedOff(@TempDir Path root) throws IOException {
        HookInstaller.Plan plan = plan(root, "{\n  \"disableAllHooks\": true\n}\n");

        assertThat(plan.change()).isPresent();
        assertThat(plan.notes()).singleElement().asString().startsWith(FILE + ":2:22: 'disableAllHooks' is true");
    }

    @Test
    void recognisesTheCommandHoweverItIsSpelled() {
        assertThat(List.of("guidepost hook", "guidepost hook --fail-on warning", "/usr/local/bin/guidepost hook",
                "java -jar /opt/guidepost/lib/guidepost.jar hook", "\"$HOME/bin/guidepost\" hook", "./guidepost hook"))
                .allMatch(HookEntries::runsGuidepost);
        assertThat(List.of("guidepost check", "guidepost-hook", "myguidepost hook", "echo guidepost", "guidepost hooks"))
                .noneMatch(HookEntries::runsGuidepost);
    }

    @Test
    void initWritesTheHooksIntoTheSettingsFileItCreates(@TempDir Path root) throws IOException {
        InitChecks.copyWithoutClaudeFiles(Path.of("../samples/django-clean"), root);

        InitPlan plan = Initializer.plan(root, true);
        new ChangeWriter(root).apply(plan.changes());

        String settings = Files.readString(root.resolve(FILE));
        assertThat(settings).contains("\"permissions\"", "\"deny\"", "\"PreToolUse\"", "\"Stop\"");
        assertThat(plan.changes().stream().filter(c -> c.path().equals(FILE))).singleElement()
                .satisfies(c -> assertThat(c.summary()).contains("Claude Code permissions", "hooks"));
        assertThat(ClaudeSettingsSchema.problems(settings)).isEmpty();
        assertThat(InitChecks.setupFindings(root)).isEmpty();
        assertThat(Initializer.plan(root, true).changes()).isEmpty();
    }

    @Test
    void initAddsTheHooksToAnExistingSettingsFileOnlyWhenAsked(@TempDir Path root) throws IOException {
        InitChecks.copyWithoutClaudeFiles(Path.of("../samples/django-clean"), root);
        Files.createDirectories(root.resolve(".claude"));
        Files.writeString(root.resolve(FILE), "{\"permissions\": {\"deny\": [\"Bash(python manage.py migrate:*)\"]}}\n");

        assertThat(Initializer.plan(root, false).changes()).noneMatch(c -> c.path().equals(FILE));
        FileChange change = Initializer.plan(root, true).changes().stream().filter(c -> c.path().equals(FILE))
                .findFirst().orElseThrow();

        assertThat(change.creates()).isFalse();
        assertThat(change.after()).startsWith("{\"permissions\": {\"deny\": [\"Bash(python manage.py migrate:*)\"]}, \"hooks\": {");
        assertThat(ClaudeSettingsSchema.problems(change.after())).isEmpty();
    }

    @Test
    void checkFixAddsTheHooksOnlyWhenAskedAndAPreviewShowsTheSameText(@TempDir Path root) throws IOException {
        InitChecks.copyWithoutClaudeFiles(Path.of("../samples/django-clean"), root);
        CheckRequest request = CheckRequest.of(root).withPolicy("builtin:django").withThreads(1);
        Guidepost guidepost = Guidepost.standard();

        FixResult without = guidepost.fix(request, new FixMode(false, false));
        FixResult preview = guidepost.fix(request, new FixMode(false, false, true));
        FixResult written = guidepost.fix(request, new FixMode(true, false, true));

        FileChange previewed = preview.plan().changes().stream().filter(c -> c.path().equals(FILE)).findFirst().orElseThrow();
        assertThat(without.plan().changes()).allSatisfy(c -> assertThat(c.after()).doesNotContain("guidepost hook"));
        assertThat(previewed.creates()).isTrue();
        assertThat(previewed.after()).contains("\"deny\"", "\"PreToolUse\"");
        String settings = Files.readString(root.resolve(FILE));
        assertThat(settings).isEqualTo(previewed.after());
        assertThat(written.written()).isTrue();
        assertThat(ClaudeSettingsSchema.problems(settings)).isEmpty();
        assertThat(guidepost.fix(request, new FixMode(true, false, true)).plan().changes()).isEmpty();
        assertThat(Files.readString(root.resolve(FILE))).isEqualTo(settings);
    }
}
