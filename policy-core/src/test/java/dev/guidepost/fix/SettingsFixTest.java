package dev.guidepost.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.FixResult;
import dev.guidepost.check.settings.LocatedJson;
import dev.guidepost.edit.UnifiedDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFixTest {

    private static java.util.List<dev.guidepost.edit.FileChange> settingsChanges(FixResult result) {
        return result.plan().changes().stream().filter(c -> c.path().endsWith(".json")).toList();
    }

    private static final String BROAD_ALLOW = """
            {
                "$schema": "https://json.schemastore.org/claude-code-settings.json",
                "model": "sonnet",
                "permissions": {
                    "allow": [
                        "Bash(python manage.py:*)",
                        "Bash(git status)",
                        "Read(**)"
                    ],
                    "deny": [
                        "Read(./.env)"
                    ]
                },
                "env": {"DJANGO_SETTINGS_MODULE": "config.settings"}
            }
            """;

    @Test
    void addsDenyRulesAfterTheUsersOwnAndKeepsEverythingElse(@TempDir Path root) {
        FixRepo.project(root, false);
        FixRepo.write(root, ".claude/settings.json", BROAD_ALLOW);

        FixResult result = FixRepo.fix(root, true);

        assertThat(FixRepo.permissionFindings(result.before().findings())).isNotEmpty();
        assertThat(FixRepo.permissionFindings(result.after().findings())).isEmpty();
        assertThat(result.fixed()).isGreaterThanOrEqualTo(FixRepo.permissionFindings(result.before().findings()).size());
        String after = FixRepo.read(root, ".claude/settings.json");
        assertThat(LocatedJson.parse(after).isValid()).isTrue();
        assertThat(after).startsWith("""
                {
                    "$schema": "https://json.schemastore.org/claude-code-settings.json",
                    "model": "sonnet",
                    "permissions": {
                        "allow": [
                            "Bash(python manage.py:*)",
                            "Bash(git status)",
                            "Read(**)",
                            "Bash(pytest:*)"
                        ],
                        "deny": [
                            "Read(./.env)",
                            "Bash(python manage.py migrate:*)",
                            "Bash(python3 manage.py migrate:*)",
                """);
        assertThat(after).endsWith("""
                            "Bash(django-admin loaddata:*)"
                        ]
                    },
                    "env": {"DJANGO_SETTINGS_MODULE": "config.settings"}
                }
                """);
    }

    @Test
    void aSecondFixChangesNoByte(@TempDir Path root) {
        FixRepo.project(root, true);
        FixRepo.write(root, ".claude/settings.json", BROAD_ALLOW.replace("Bash(python manage.py:*)", "Bash(uv run:*)"));
        FixRepo.fix(root, true);
        Map<String, String> once = FixRepo.snapshot(root);

        FixResult again = FixRepo.fix(root, true);

        assertThat(again.plan().changes()).isEmpty();
        assertThat(again.written()).isFalse();
        assertThat(FixRepo.snapshot(root)).isEqualTo(once);
        assertThat(FixRepo.permissionFindings(again.before().findings())).isEmpty();
        assertThat(FixRepo.read(root, ".claude/settings.json")).contains("\"Bash(uv run python manage.py migrate:*)\"");
    }

    @Test
    void createsTheSettingsFileWhenTheProjectHasNone(@TempDir Path root) {
        FixRepo.project(root, false);

        FixResult result = FixRepo.fix(root, true);

        assertThat(settingsChanges(result)).singleElement().satisfies(change -> {
            assertThat(change.path()).isEqualTo(".claude/settings.json");
            assertThat(change.creates()).isTrue();
        });
        assertThat(FixRepo.permissionFindings(result.after().findings())).isEmpty();
        assertThat(FixRepo.read(root, ".claude/settings.json")).contains("\"deny\": [", "\"allow\": [",
                "\"Bash(python manage.py runserver:*)\"");
    }

    @Test
    void aPreviewWritesNothingAndShowsADiff(@TempDir Path root) {
        FixRepo.project(root, false);
        FixRepo.write(root, ".claude/settings.json", BROAD_ALLOW);
        Map<String, String> before = FixRepo.snapshot(root);

        FixResult result = FixRepo.fix(root, false);

        assertThat(FixRepo.snapshot(root)).isEqualTo(before);
        assertThat(result.written()).isFalse();
        assertThat(result.fixed()).isZero();
        assertThat(result.addressed()).isNotEmpty();
        String diff = UnifiedDiff.render(settingsChanges(result).get(0));
        assertThat(diff).startsWith("--- a/.claude/settings.json\n+++ b/.claude/settings.json\n")
                .contains("-            \"Read(./.env)\"\n+            \"Read(./.env)\",\n"
                        + "+            \"Bash(python manage.py migrate:*)\",\n")
                .contains("-            \"Read(**)\"\n+            \"Read(**)\",\n+            \"Bash(pytest:*)\"\n");
    }

    @Test
    void leavesABrokenFileAloneAndSaysWhere(@TempDir Path root) {
        FixRepo.project(root, false);
        String broken = "{\n  \"permissions\": {\n    \"allow\": [\"Bash(python manage.py:*)\",]\n  }\n}\n";
        FixRepo.write(root, ".claude/settings.json", broken);

        FixResult result = FixRepo.fix(root, true);

        assertThat(FixRepo.read(root, ".claude/settings.json")).isEqualTo(broken);
        assertThat(settingsChanges(result)).isEmpty();
        assertThat(result.plan().notes()).singleElement().asString()
                .startsWith(".claude/settings.json:3:")
                .contains("malformed JSON", "nothing added");
        assertThat(result.after().findings()).anyMatch(f -> f.ruleId().equals("claude/settings-valid"));
    }

    @Test
    void leavesAFileClaudeCodeIgnoresAlone(@TempDir Path root) {
        FixRepo.project(root, false);
        String wrongType = "{\n  \"permissions\": [\"Bash(python manage.py:*)\"]\n}\n";
        FixRepo.write(root, ".claude/settings.json", wrongType);

        FixResult result = FixRepo.fix(root, true);

        assertThat(FixRepo.read(root, ".claude/settings.json")).isEqualTo(wrongType);
        assertThat(result.plan().notes()).singleElement().asString().startsWith(".claude/settings.json:2:");
    }

    @Test
    void fixesTheRootSettingsThatGovernEveryProjectOfAMonorepo(@TempDir Path root) throws Exception {
        FixRepo.project(root.resolve("backend"), true);
        FixRepo.project(root.resolve("legacy"), false);
        FixRepo.write(root, ".claude/settings.json", "{\"permissions\": {\"allow\": [\"Bash\"]}}\n");

        FixResult result = FixRepo.fix(root, true);

        assertThat(FixRepo.permissionFindings(result.after().findings())).isEmpty();
        assertThat(Files.exists(root.resolve("backend/.claude"))).isFalse();
        assertThat(FixRepo.read(root, ".claude/settings.json"))
                .startsWith("{\"permissions\": {\"allow\": [\"Bash\"], \"deny\": [\"Bash(python manage.py migrate:*)\", ")
                .contains("\"Bash(uv run python manage.py migrate:*)\"", "\"Bash(python manage.py flush:*)\"");
    }
}
