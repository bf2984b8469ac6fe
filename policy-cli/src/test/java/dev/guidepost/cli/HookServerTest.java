package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook client and its background server, as separate processes: the first call starts the
 * server, later calls are answered by it, {@code --stop} ends it, and the socket is private.
 */
class HookServerTest {

    private static final String DENIED = "{\"session_id\":\"s\",\"hook_event_name\":\"PreToolUse\",\"cwd\":\"%s\","
            + "\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"uv run python manage.py flush --noinput\"}}";

    @TempDir
    Path dir;

    @AfterEach
    void stopServer() throws IOException {
        System.setProperty("guidepost.cacheDir", dir.resolve("cache").toString());
        try {
            HookClient.stop(dir.resolve("repo"));
        } finally {
            System.clearProperty("guidepost.cacheDir");
        }
    }

    private record Reply(int code, String out) {
    }

    private Reply client(Path repo, String event) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                HookClient.class.getName(), "hook")).directory(repo.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GUIDEPOST_CACHE_DIR", dir.resolve("cache").toString());
        builder.environment().remove("GUIDEPOST_HOOK_SERVER");
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(event.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Reply(process.exitValue(), out);
    }

    @Test
    void theFirstCallStartsAServerThatAnswersTheNextOnesUntilStopped() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("manage.py"), "import os\n");
        String event = String.format(DENIED, repo.toString().replace("\\", "\\\\"));

        Reply first = client(repo, event);
        assertThat(first.code()).isZero();
        assertThat(new ObjectMapper().readTree(first.out()).at("/hookSpecificOutput/permissionDecision").asText())
                .isEqualTo("deny");

        System.setProperty("guidepost.cacheDir", dir.resolve("cache").toString());
        Path socket;
        try {
            socket = HookSocket.socket(HookSocket.root(repo), Path.of(System.getProperty("java.class.path")
                    .split(java.io.File.pathSeparator)[0]).toAbsolutePath());
        } finally {
            System.clearProperty("guidepost.cacheDir");
        }
        assertThat(socket).exists();
        if (socket.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(socket.getParent()))).isEqualTo("rwx------");
        }
        byte[] reply = HookClient.exchange(socket, HookClient.request(List.of(), repo,
                event.getBytes(StandardCharsets.UTF_8)));
        assertThat(reply).as("the server answers directly").isNotNull();
        assertThat(new String(reply, StandardCharsets.UTF_8)).startsWith("0\n").contains("django/command-flush");

        Reply second = client(repo, event);
        assertThat(second.out()).isEqualTo(first.out());

        System.setProperty("guidepost.cacheDir", dir.resolve("cache").toString());
        try {
            assertThat(HookClient.stop(repo)).isTrue();
        } finally {
            System.clearProperty("guidepost.cacheDir");
        }
        for (int i = 0; i < 200 && Files.exists(socket); i++) {
            Thread.sleep(50);
        }
        assertThat(socket).doesNotExist();
    }

    @Test
    void optionsOnlyTheFullCommandKnowsAreNotForwarded() {
        assertThat(HookClient.forwardable(new String[] {"hook", "--fail-on", "warning", "--policy=p.yaml"}))
                .containsExactly("--fail-on=warning", "--policy=p.yaml");
        assertThat(HookClient.forwardable(new String[] {"hook", "--input", "e.json"})).isNull();
        assertThat(HookClient.forwardable(new String[] {"hook", "--stop"})).isNull();
        assertThat(HookClient.forwardable(new String[] {"check"})).isNull();
    }
}
