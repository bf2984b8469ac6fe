package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Splitting a run with {@code --shard} and joining the shards with {@code merge} gives the unsharded run's reports, byte for byte. */
class ShardMergeTest {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} in {1} shards")
    @CsvSource({"django-broken, 2", "django-broken, 3", "polyglot, 2", "polyglot, 4", "django-clean, 2"})
    void mergedShardsEqualTheWholeRun(String sample, int count) throws IOException {
        Path whole = dir.resolve("whole");
        check(sample, whole, List.of());
        List<String> jsons = new ArrayList<>();
        List<String> sarifs = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Path shard = dir.resolve("shard-" + i);
            check(sample, shard, List.of("--shard", i + "/" + count));
            jsons.add(shard + ".json");
            sarifs.add(shard + ".sarif");
        }
        for (String format : List.of("json", "sarif")) {
            List<String> args = new ArrayList<>(List.of("merge", "--fail-on", "never", "--output",
                    dir.resolve("merged." + format).toString()));
            args.addAll(format.equals("json") ? jsons : sarifs);
            assertThat(run(args)).isZero();
            assertThat(Files.readString(dir.resolve("merged." + format), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Path.of(whole + "." + format), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest(name = "merge --fail-on {0} exits {1}")
    @CsvSource({"error, 1", "never, 0"})
    void mergeFailsOnFindingsLikeCheck(String level, int code) throws IOException {
        check("django-broken", dir.resolve("a"), List.of("--shard", "1/2"));
        check("django-broken", dir.resolve("b"), List.of("--shard", "2/2"));
        assertThat(run(List.of("merge", "--fail-on", level, "--output", dir.resolve("m.json").toString(),
                dir.resolve("a.json").toString(), dir.resolve("b.json").toString()))).isEqualTo(code);
    }

    @org.junit.jupiter.api.Test
    void refusesReportsThatDoNotBelongTogether() throws IOException {
        check("django-broken", dir.resolve("a"), List.of("--shard", "1/2"));
        check("polyglot", dir.resolve("b"), List.of("--shard", "2/2"));
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "merge",
                dir.resolve("a.json").toString(), dir.resolve("b.json").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("b.json: policy \"acme-monorepo\" differs from the first report's "
                + "\"builtin:django\"");
        err = new StringWriter();
        code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "merge",
                dir.resolve("a.json").toString(), dir.resolve("a.sarif").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("a sarif report among json reports");
    }

    @org.junit.jupiter.api.Test
    void rejectsAMalformedShard() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "check",
                SAMPLES.resolve("django-clean").toString(), "--shard", "3/2");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--shard: shard 3/2: expected I/N with 1 <= I <= N");
    }

    private void check(String sample, Path prefix, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("check", SAMPLES.resolve(sample).toString(), "--fail-on", "never",
                "--threads", "2", "--format", "json=" + prefix + ".json", "--format", "sarif=" + prefix + ".sarif"));
        args.addAll(extra);
        assertThat(run(args)).isZero();
    }

    private static int run(List<String> args) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
        assertThat(err.toString()).isEmpty();
        return code;
    }
}
