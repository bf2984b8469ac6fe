package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guidepost check} run again on an unchanged repository is answered from the run memo. */
class CheckMemoTest {

    @TempDir
    Path repo;
    @TempDir
    Path cache;
    @TempDir
    Path out;

    private static final Path HERE = Path.of("/work");

    private static java.util.Optional<String> key(String... args) {
        return CheckMemo.key(List.of(args), HERE, false, Map.of(), Map.of());
    }

    @Test
    void commandsThatWriteCompareWithGitOrBypassTheCacheAreNeverAnswered() {
        assertThat(key("check", ".")).isPresent();
        assertThat(key("check", ".", "-f", "json", "-o", "r.json", "--fail-on", "warning")).isPresent();
        for (String[] args : List.of(new String[] {"check", "--fix"}, new String[] {"check", "--fix", "--diff"},
                new String[] {"check", "--no-cache"}, new String[] {"check", "--changed-since", "main"},
                new String[] {"check", "--changed-since=main"}, new String[] {"check", "@args.txt"},
                new String[] {"check", "-h"}, new String[] {"check", "--help"}, new String[] {"check", "-qV"},
                new String[] {"rules"}, new String[] {})) {
            assertThat(key(args)).as(String.join(" ", args)).isEmpty();
        }
        assertThat(CheckMemo.key(List.of("check"), HERE, false, Map.of(), Map.of("guidepost.profile", "true")))
                .isEmpty();
    }

    @Test
    void theKeyNamesEverythingThatChangesWhatIsPrinted() {
        String plain = key("check", ".").orElseThrow();
        assertThat(key("check", "./")).get().isNotEqualTo(plain);
        assertThat(CheckMemo.key(List.of("check", "."), Path.of("/elsewhere"), false, Map.of(), Map.of()))
                .get().isNotEqualTo(plain);
        assertThat(CheckMemo.key(List.of("check", "."), HERE, true, Map.of(), Map.of())).get().isNotEqualTo(plain);
        assertThat(CheckMemo.key(List.of("check", "."), HERE, false, Map.of("NO_COLOR", "1"), Map.of()))
                .get().isNotEqualTo(plain);
        assertThat(CheckMemo.key(List.of("check", "."), HERE, false, Map.of(), Map.of("guidepost.prefilter", "off")))
                .get().isNotEqualTo(plain);
        assertThat(key("check", "a b")).get().isNotEqualTo(key("check", "a", "b").orElseThrow());
    }

    @Test
    void aSecondRunReplaysTheReportsAndTheExitCode() throws IOException {
        Files.createDirectories(repo.resolve("shop"));
        Files.writeString(repo.resolve("shop/views.py"), "def index(request):\n    print(request)\n");
        Files.writeString(repo.resolve("manage.py"), "import django\n");
        age(repo);
        Path json = out.resolve("report.json");
        List<String> args = List.of("check", repo.toString(), "--cache-dir", cache.toString(), "-f", "json=" + json,
                "-f", "text", "--color", "never");
        StringWriter printed = new StringWriter();
        int code = Main.run(new PrintWriter(printed), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
        String report = Files.readString(json);

        Files.delete(json);
        ByteArrayOutputStream replayed = new ByteArrayOutputStream();
        assertThat(CheckMemo.replay(args, replayed)).hasValue(code);
        assertThat(replayed.toString(StandardCharsets.UTF_8)).isEqualTo(printed.toString());
        assertThat(json).hasContent(report);

        Files.writeString(repo.resolve("shop/views.py"), "def index(request):\n    return request\n");
        assertThat(CheckMemo.replay(args, new ByteArrayOutputStream())).isEmpty();
    }

    private static void age(Path root) throws IOException {
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.setLastModifiedTime(path, old);
            }
        }
    }
}
