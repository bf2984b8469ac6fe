package dev.guidepost.check.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.check.settings.SettingsProblem.Kind;
import dev.guidepost.policy.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsValidatorTest {

    private final SettingsValidator validator = SettingsValidator.standard();

    static final String MODERN = """
            {
              "$schema": "https://json.schemastore.org/claude-code-settings.json",
              "model": "claude-sonnet-4-5",
              "env": { "DJANGO_SETTINGS_MODULE": "config.settings.dev", "CLAUDE_CODE_ENABLE_TELEMETRY": "1" },
              "permissions": {
                "allow": ["Bash(python manage.py runserver*)", "Bash(pytest *)", "Read(./src/**)", "WebFetch(domain:docs.djangoproject.com)", "mcp__github__search_repositories"],
                "ask": ["Bash(git push:*)"],
                "deny": ["Bash(python manage.py migrate*)", "Read(./.env)", "Read(//etc/secrets/**)"],
                "additionalDirectories": ["../shared", "~/projects/lib"],
                "defaultMode": "acceptEdits",
                "disableBypassPermissionsMode": "disable"
              },
              "hooks": {
                "PreToolUse": [
                  { "matcher": "Bash", "hooks": [ { "type": "command", "command": "./scripts/guard.sh", "timeout": 30 } ] }
                ],
                "PostToolUse": [
                  { "matcher": "Edit|Write", "hooks": [ { "type": "command", "command": "ruff format", "if": "Edit(*.py)" } ] }
                ],
                "SessionStart": [ { "hooks": [ { "type": "prompt", "prompt": "Remember the style guide" } ] } ]
              },
              "statusLine": { "type": "command", "command": "~/.claude/statusline.sh", "padding": 0 },
              "sandbox": {
                "enabled": true,
                "autoAllowBashIfSandboxed": true,
                "excludedCommands": ["docker"],
                "network": { "allowedDomains": ["pypi.org"], "allowLocalBinding": true, "httpProxyPort": 8080 },
                "filesystem": { "denyRead": ["~/.ssh"] }
              },
              "enabledPlugins": { "formatter@acme-tools": true, "linter@acme-tools": ["python"] },
              "extraKnownMarketplaces": { "acme-tools": { "source": { "source": "github", "repo": "acme/claude-plugins" } } },
              "attribution": { "commit": "Co-authored-by: Claude", "pr": "", "sessionUrl": false },
              "cleanupPeriodDays": 20,
              "includeGitInstructions": true,
              "outputStyle": "Explanatory",
              "theme": "custom:solarized",
              "effortLevel": "high",
              "spinnerTipsEnabled": false,
              "worktree": { "baseRef": "head", "sparsePaths": ["src"] },
              "autoMode": { "allow": ["$defaults"] },
              "fallbackModel": ["claude-haiku-4-5"],
              "companyAnnouncements": ["Welcome"],
              "someToolOfOurOwn": { "anything": 1 }
            }
            """;

    @Test
    void acceptsAModernFullSettingsFile() {
        assertThat(validator.validate(MODERN)).isEmpty();
    }

    @Test
    void warnsOnMisspeltTopLevelKeyWithSuggestion() {
        List<SettingsProblem> problems = validator.validate("{\n  \"permisions\": {}\n}");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_KEY);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).contains("did you mean 'permissions'");
        });
    }

    @Test
    void allowsUnrelatedUnknownTopLevelKeys() {
        assertThat(validator.validate("{\"myCompanyExtension\": true}")).isEmpty();
    }

    @Test
    void rejectsUnknownKeyInPermissions() {
        List<SettingsProblem> problems = validator.validate("{\"permissions\": {\"alow\": []}}");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.path()).isEqualTo("permissions.alow");
            assertThat(p.message()).contains("did you mean 'allow'");
        });
    }

    @Test
    void rejectsUnknownDefaultModeAndSuggests() {
        List<SettingsProblem> problems = validator.validate("{\"permissions\": {\"defaultMode\": \"acceptEdit\"}}");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_VALUE);
            assertThat(p.message()).contains("did you mean 'acceptEdits'");
        });
    }

    @Test
    void acceptsEveryCurrentDefaultMode() {
        for (String mode : List.of("default", "acceptEdits", "plan", "auto", "dontAsk", "bypassPermissions")) {
            assertThat(validator.validate("{\"permissions\": {\"defaultMode\": \"" + mode + "\"}}")).as(mode).isEmpty();
        }
    }

    @Test
    void reportsWrongTypesAtTheValue() {
        List<SettingsProblem> problems = validator.validate(
                "{\"statusLine\": \"echo hi\", \"env\": {\"DEBUG\": 1}, \"cleanupPeriodDays\": 2.5}");
        assertThat(problems).extracting(SettingsProblem::kind).containsOnly(Kind.WRONG_TYPE);
        assertThat(problems).extracting(SettingsProblem::path).containsExactly("statusLine", "env.DEBUG", "cleanupPeriodDays");
        assertThat(problems.get(0).message()).endsWith("Claude Code ignores the whole file");
        // Claude Code loads env values of any type
        assertThat(problems.get(1).severity()).isEqualTo(Severity.WARNING);
        assertThat(problems.get(1).message()).contains("quote it").contains("loads it anyway");
    }

    @Test
    void rejectsUnknownKeysInClosedNestedObjects() {
        List<SettingsProblem> problems = validator.validate(
                "{\"hooks\": {\"PreToolUse\": [{\"matcher\": \"Bash\", \"hooks\": [{\"type\": \"command\", \"comand\": \"x\"}]}],"
                        + " \"PreTooluse\": []}, \"sandbox\": {\"network\": {\"allowedDomain\": []}}}");
        assertThat(problems).extracting(SettingsProblem::path).containsExactlyInAnyOrder(
                "hooks.PreToolUse[0].hooks[0].comand", "hooks.PreToolUse[0].hooks[0]", "hooks.PreTooluse",
                "sandbox.network.allowedDomain");
        assertThat(problems).filteredOn(p -> p.path().equals("hooks.PreToolUse[0].hooks[0]")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("has no 'command'").contains("ignores the whole file"));
        assertThat(problems).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void marksTheProblemsForWhichClaudeCodeIgnoresTheWholeFile() {
        assertThat(validator.validate("{\"model\": 3}")).singleElement()
                .satisfies(p -> assertThat(p.dropsFile()).isTrue());
        assertThat(validator.validate("{\"hooks\": {\"PreToolUse\": [{\"hooks\": [{\"type\": \"command\"}]}]}}"))
                .singleElement().satisfies(p -> assertThat(p.dropsFile()).isTrue());
        // a broken hook of another event, an unknown key, a skipped setting: the rest stays in force
        assertThat(validator.validate("{\"hooks\": {\"Stop\": [{\"hooks\": [{\"type\": \"command\"}]}]},"
                + " \"permissions\": {\"alow\": []}, \"teammateMode\": \"x\", \"env\": {\"A\": 1}}"))
                .hasSize(4).noneMatch(SettingsProblem::dropsFile);
    }

    @Test
    void rulesOfAFileClaudeCodeIgnoresTakeNoPart() {
        SettingsDocument rejected = SettingsDocument.of(".claude/settings.json", SettingsScope.PROJECT,
                "{\"model\": 3, \"permissions\": {\"deny\": [\"Bash(rm *)\"]}}", true);
        assertThat(rejected.loaded()).isFalse();
        SettingsFolder folder = new SettingsFolder("", java.util.List.of(rejected));
        assertThat(folder.permissions(java.util.Optional.empty(), new PathContext("/repo", "/home/u"))
                .decide(ToolUse.bash("rm x")).verdict()).isEqualTo(Decision.Verdict.UNDECIDED);
        assertThat(SettingsDocument.of("s.json", SettingsScope.PROJECT, "", true).loaded()).isTrue();
    }

    @Test
    void warnsOnDuplicateKeys() {
        List<SettingsProblem> problems = validator.validate("{\"model\": \"a\",\n \"model\": \"b\"}");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_KEY);
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void reportsMalformedJsonWithoutThrowing() {
        List<SettingsProblem> problems = validator.validate("{\"permissions\": {\"allow\": [\"Bash\",]}}");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isGreaterThan(30);
        });
    }

    @Test
    void rejectsANonObjectDocument() {
        assertThat(validator.validate("[]")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("JSON object"));
    }
}
