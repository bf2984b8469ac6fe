package dev.guidepost.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.CheckRequest;
import dev.guidepost.FixResult;
import dev.guidepost.Guidepost;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's own settings rules (any tool, any list) are fixed as the built-in ones are. */
class CustomPermissionFixTest {

    @Test
    void closesEveryListOfATeamsOwnSettingsRules(@TempDir Path root) {
        FixRepo.write(root, "guidepost.yaml", """
                guidepost: 1
                name: acme
                rules:
                  - id: acme/permissions
                    target: settings
                    message: the team's permissions are incomplete
                    denies: ["Bash(rm -rf *)", "Read(./.env)", "python manage.py migrate"]
                    asks: ["git push"]
                    not-allows: ["git push --force"]
                    allows: ["pytest"]
                """);
        FixRepo.write(root, ".claude/settings.json", "{\n  \"permissions\": {\n    \"allow\": [\"Bash(git:*)\"]\n  }\n}\n");

        FixResult result = Guidepost.standard().fix(CheckRequest.of(root).withThreads(1), true);

        assertThat(result.before().findings()).hasSize(4); // one per list: denies, asks, allows, and the allow rule not-allows names
        assertThat(result.after().findings()).isEmpty();
        assertThat(FixRepo.read(root, ".claude/settings.json")).isEqualTo("""
                {
                  "permissions": {
                    "allow": ["Bash(git:*)", "Bash(pytest:*)"],
                    "ask": [
                      "Bash(git push:*)"
                    ],
                    "deny": [
                      "Bash(rm -rf *)",
                      "Read(./.env)",
                      "Bash(python manage.py migrate:*)",
                      "Bash(git push --force:*)"
                    ]
                  }
                }
                """);
    }
}
