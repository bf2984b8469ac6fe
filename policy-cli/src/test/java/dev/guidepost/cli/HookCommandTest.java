package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the recorded hook events under {@code hook/events/} through {@code guidepost hook} on a copy
 * of the small Django repository {@code hook/repo/} and checks the replies Claude Code would read.
 */
class HookCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path repo;
    private Path state;

    private record Result(int code, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    @BeforeEach
    void copyRepository() throws Exception {
        repo = dir.resolve("shop");
        state = dir.resolve("cache");
        Path source = resource("hook/repo");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = repo.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        System.setProperty("guidepost.cacheDir", state.toString());
    }

    @AfterEach
    void clearCacheFolder() {
        System.clearProperty("guidepost.cacheDir");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HookCommandTest.class.getClassLoader().getResource(name).toURI());
    }

    /** The recorded event, with the repository's real path in place of ${REPO}. */
    private String event(String name) throws Exception {
        return Files.readString(resource("hook/events/" + name), StandardCharsets.UTF_8)
                .replace("${REPO}", repo.toString().replace("\\", "\\\\"));
    }

    private Result hook(String eventName, String... options) throws Exception {
        Path input = dir.resolve(eventName);
        Files.writeString(input, event(eventName), StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(Stream.of("hook", "--input", input.toString()), Stream.of(options))
                .toArray(String[]::new);
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void anEditThatLeavesAViolationIsSentBackWithItsPlaceAndFix() throws Exception {
        Result result = hook("post-edit-violation.json");
        assertThat(result.code()).isZero();
        JsonNode reply = result.json();
        assertThat(reply.get("decision").asText()).isEqualTo("block");
        assertThat(reply.get("reason").asText())
                .contains("shop/payments.py")
                .contains("- shop/payments.py:7:5 django/no-print: ")
                .contains("fix: ");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aCleanEditGetsNoReply() throws Exception {
        Result result = hook("post-edit-clean.json");
        assertThat(result).isEqualTo(new Result(0, "", ""));
    }

    @Test
    void aWarningOnlyBlocksWhenTheFailLevelSaysSo() throws Exception {
        Files.writeString(repo.resolve("guidepost.yaml"), """
                guidepost: 1
                extends: [builtin:django]
                overrides:
                  django/no-print: warning
                """);
        assertThat(hook("post-edit-violation.json").out()).isEmpty();
        assertThat(hook("post-edit-violation.json", "--fail-on", "warning").json().get("decision").asText())
                .isEqualTo("block");
    }

    @Test
    void aMigrateInsideACompoundCommandIsDeniedWithTheRulesReason() throws Exception {
        Result result = hook("pre-bash-denied.json");
        assertThat(result.code()).isZero();
        JsonNode specific = result.json().get("hookSpecificOutput");
        assertThat(specific.get("hookEventName").asText()).isEqualTo("PreToolUse");
        assertThat(specific.get("permissionDecision").asText()).isEqualTo("deny");
        assertThat(specific.get("permissionDecisionReason").asText())
                .contains("django/command-migrate")
                .contains("'python manage.py migrate shop'");
    }

    @Test
    void aWarningCommandRuleAsksInsteadOfDenying() throws Exception {
        Files.writeString(repo.resolve("guidepost.yaml"), """
                guidepost: 1
                extends: [builtin:django]
                overrides:
                  django/command-migrate: warning
                """);
        JsonNode specific = hook("pre-bash-denied.json").json().get("hookSpecificOutput");
        assertThat(specific.get("permissionDecision").asText()).isEqualTo("ask");
    }

    @Test
    void aCommandNoRuleCatchesGetsNoDecision() throws Exception {
        assertThat(hook("pre-bash-allowed.json")).isEqualTo(new Result(0, "", ""));
    }

    @Test
    void malformedJsonNeverBlocksAndSaysWhyOnStandardError() throws Exception {
        Result result = hook("malformed.json");
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("guidepost hook: the hook input is not JSON").contains("no reply");
    }

    @Test
    void anUnknownEventGetsNoReply() throws Exception {
        Result result = hook("unknown-event.json");
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Notification is not one Guidepost answers");
    }

    @Test
    void aPolicyWithMistakesGivesNoDecisionInsteadOfBlocking() throws Exception {
        Files.writeString(repo.resolve("guidepost.yaml"), "guidepost: 1\nrulez: []\n");
        Result result = hook("pre-bash-denied.json");
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("the policy has 1 problem(s)").contains("rulez");
    }

    @Test
    void stopListsWhatChangedInTheSessionOnceThenOnlyTellsTheUser() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("start").setAuthor("a", "a@example.com").setCommitter("a", "a@example.com")
                    .setSign(false).call();
        }
        assertThat(hook("pre-bash-allowed.json").out()).isEmpty(); // the session begins here
        assertThat(hook("stop.json")).isEqualTo(new Result(0, "", ""));
        // a change made through the shell, not an edit tool: git tells
        Files.writeString(repo.resolve("shop/cli.py"), "def main():\n    print('hello')\n");
        Result stop = hook("stop.json");
        assertThat(stop.json().get("decision").asText()).isEqualTo("block");
        assertThat(stop.json().get("reason").asText()).contains("not done").contains("shop/cli.py:2:5 django/no-print");
        Result again = hook("stop-again.json");
        assertThat(again.json().has("decision")).isFalse();
        assertThat(again.json().get("systemMessage").asText()).contains("1 problem remains");
    }

    @Test
    void stopWithoutGitCountsTheFilesEditToolsTouched() throws Exception {
        hook("post-edit-violation.json");
        Result stop = hook("stop.json");
        assertThat(stop.json().get("reason").asText()).contains("shop/payments.py:7:5 django/no-print");
    }

    @Test
    void theRealCommandReadsTheEventOnStandardInput() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Dguidepost.cacheDir=" + state,
                "-cp", System.getProperty("java.class.path"), "dev.guidepost.cli.Main", "hook"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(event("pre-bash-denied.json").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(JSON.readTree(out).at("/hookSpecificOutput/permissionDecision").asText()).isEqualTo("deny");
    }
}
