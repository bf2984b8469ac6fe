package dev.guidepost.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.FixResult;
import dev.guidepost.report.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaudeMdFixTest {

    private static List<Finding> claudeMdFindings(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().startsWith("django/claude-md")).toList();
    }

    @Test
    void appendsTheMissingSectionsAndKeepsTheTextAsItWas(@TempDir Path root) {
        FixRepo.project(root, true);
        FixRepo.write(root, "config/settings.py", "DATABASES = {\"default\": {\"ENGINE\": \"django.db.backends.postgresql\"}}\n");
        String original = "# Shop\n\nSome notes the team wrote.\n\n## Tests\n\nRun `uv run pytest` from the root.";
        FixRepo.write(root, "CLAUDE.md", original);

        FixResult result = FixRepo.fix(root, true);

        assertThat(claudeMdFindings(result.before().findings())).isNotEmpty();
        assertThat(claudeMdFindings(result.after().findings())).isEmpty();
        String fixed = FixRepo.read(root, "CLAUDE.md");
        assertThat(fixed).startsWith(original + "\n\n## ")
                .contains("## Database\n", "PostgreSQL", "## Migrations\n", "DJANGO_SETTINGS_MODULE", "config.settings",
                        "## After every code change\n")
                .doesNotContain("\n## Tests\n\n- ");
        assertThat(result.plan().changes()).anySatisfy(c -> assertThat(c.summary()).startsWith("adds "));
    }

    @Test
    void aSecondFixChangesNoByte(@TempDir Path root) {
        FixRepo.project(root, false);
        FixRepo.write(root, "CLAUDE.md", "# Shop\r\n\r\n## Hard rules\r\n\r\n- Never use print() in production code.\r\n");
        FixRepo.fix(root, true);
        Map<String, String> once = FixRepo.snapshot(root);

        FixResult again = FixRepo.fix(root, true);

        assertThat(again.plan().changes()).isEmpty();
        assertThat(FixRepo.snapshot(root)).isEqualTo(once);
        assertThat(once.get("CLAUDE.md")).startsWith("# Shop\r\n\r\n## Hard rules\r\n\r\n- Never use print() in production code.\r\n\r\n## ")
                .doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void writesTheWholeFileWhenTheProjectHasNone(@TempDir Path root) {
        FixRepo.project(root, false);

        FixResult result = FixRepo.fix(root, true);

        assertThat(result.before().findings()).anyMatch(f -> f.ruleId().equals("django/claude-md-present"));
        assertThat(FixRepo.read(root, "CLAUDE.md")).startsWith("# ").contains("## Project layout");
        assertThat(claudeMdFindings(result.after().findings())).isEmpty();
    }

    @Test
    void givesASubProjectCoveredOnlyByTheRootFileItsOwnFile(@TempDir Path root) throws Exception {
        FixRepo.project(root.resolve("backend"), false);
        String rootText = "# Monorepo\n\n## Hard rules\n\n- Never commit secrets.\n";
        FixRepo.write(root, "CLAUDE.md", rootText);

        FixResult result = FixRepo.fix(root, true);

        assertThat(FixRepo.read(root, "CLAUDE.md")).isEqualTo(rootText);
        assertThat(Files.exists(root.resolve("backend/CLAUDE.md"))).isTrue();
        assertThat(FixRepo.read(root, "backend/CLAUDE.md")).startsWith("# backend: instructions for Claude Code\n\n## ");
        assertThat(claudeMdFindings(result.after().findings())).isEmpty();
    }

    @Test
    void marksAnUnknownFactAsAQuestionForTheTeam(@TempDir Path root) {
        FixRepo.write(root, "manage.py", "import sys\n");
        FixRepo.write(root, "CLAUDE.md", "# Shop\n\n## Hard rules\n\n- Never use print().\n");

        FixRepo.fix(root, true);
        Map<String, String> once = FixRepo.snapshot(root);

        assertThat(once.get("CLAUDE.md")).startsWith("# Shop\n\n## Hard rules\n\n- Never use print().\n\n## ")
                .contains("**QUESTION for the team:**");
        assertThat(FixRepo.fix(root, true).plan().changes()).isEmpty();
        assertThat(FixRepo.snapshot(root)).isEqualTo(once);
    }

    @Test
    void aFileGitIgnoresIsWrittenWithANoteAndCheckedAsClaudeCodeReadsIt(@TempDir Path root) {
        FixRepo.project(root, false);
        FixRepo.write(root, ".gitignore", "CLAUDE.md\n");

        FixResult first = FixRepo.fix(root, true);

        assertThat(FixRepo.read(root, "CLAUDE.md")).contains("## Project layout");
        assertThat(first.plan().notes()).anySatisfy(n -> assertThat(n).startsWith("CLAUDE.md:1:1: written, but git ignores it"));
        // Claude Code reads a CLAUDE.md that .gitignore lists, so the check does too: the finding is gone
        assertThat(first.after().findings()).noneMatch(f -> f.ruleId().equals("django/claude-md-present"));
        Map<String, String> once = FixRepo.snapshot(root);
        FixResult second = FixRepo.fix(root, true);
        assertThat(second.plan().changes()).isEmpty();
        assertThat(FixRepo.snapshot(root)).isEqualTo(once);
    }
}
