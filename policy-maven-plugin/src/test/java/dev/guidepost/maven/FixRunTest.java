package dev.guidepost.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.FixMode;
import dev.guidepost.Guidepost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixRunTest {

    private static final String SETTINGS = "{\n  \"permissions\": {\n    \"allow\": [\"Bash(*)\"]\n  }\n}\n";

    @TempDir
    Path repo;

    RecordingLog log = new RecordingLog();

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve(".claude"));
        Files.writeString(repo.resolve("manage.py"), "import sys\n");
        Files.writeString(repo.resolve(".claude/settings.json"), SETTINGS);
        Files.writeString(repo.resolve("CLAUDE.md"), "# Shop\n");
    }

    CheckPlan plan(String policy) throws MojoExecutionException {
        return CheckPlan.of(new GoalParameters(policy, CheckPlan.NEVER, List.of(), Path.of("target/guidepost"), null,
                null, null, null, null, false, "repository", repo, repo));
    }

    @Test
    void aPreviewLogsTheEditsAsDiffsAndWritesNothing() throws Exception {
        new FixRun(Guidepost.standard(), log).run(plan(null), new FixMode(false, false));

        assertThat(Files.readString(repo.resolve(".claude/settings.json"))).isEqualTo(SETTINGS);
        assertThat(log.at("info")).contains("--- a/.claude/settings.json", "+++ b/.claude/settings.json",
                "--- a/CLAUDE.md");
        assertThat(log.at("info").get(log.at("info").size() - 1)).matches(
                "Guidepost: would fix \\d+ findings in 2 files; nothing written");
    }

    @Test
    void fixesLogsEachFileAndWhatIsLeft() throws Exception {
        new FixRun(Guidepost.standard(), log).run(plan(null), new FixMode(true, false));

        assertThat(Files.readString(repo.resolve(".claude/settings.json"))).startsWith(
                "{\n  \"permissions\": {\n    \"allow\": [\"Bash(*)\"],\n    \"deny\": [\n");
        assertThat(log.at("info")).anyMatch(l -> l.startsWith("Guidepost: fixed .claude/settings.json (adds 30 deny rules"))
                .anyMatch(l -> l.matches("Guidepost: fixed \\d+ findings in 2 files; \\d+ findings? left .*"));
        new FixRun(Guidepost.standard(), log).run(plan(null), new FixMode(true, false));
        assertThat(log.at("info").get(log.at("info").size() - 1)).startsWith("Guidepost: nothing to fix; ");
    }

    @Test
    void aBrokenSettingsFileIsAWarningWithItsPlaceAndStaysAsItIs() throws Exception {
        Files.writeString(repo.resolve(".claude/settings.json"), "{\"permissions\": {\"allow\": [\"Bash(*)\",]}}\n");

        new FixRun(Guidepost.standard(), log).run(plan(null), new FixMode(true, false));

        assertThat(log.at("warn")).singleElement().asString().startsWith("Guidepost: .claude/settings.json:1:");
        assertThat(Files.readString(repo.resolve(".claude/settings.json")))
                .isEqualTo("{\"permissions\": {\"allow\": [\"Bash(*)\",]}}\n");
    }

    @Test
    void aPolicyProblemFailsTheGoalWithItsPlace() throws Exception {
        Files.writeString(repo.resolve("team.yaml"), "guidepost: 1\nname: acme\nrulez: []\n");

        assertThatThrownBy(() -> new FixRun(Guidepost.standard(), log).run(plan("team.yaml"), new FixMode(true, false)))
                .isInstanceOf(MojoExecutionException.class).hasMessageContaining("team.yaml:3:1");
    }
}
