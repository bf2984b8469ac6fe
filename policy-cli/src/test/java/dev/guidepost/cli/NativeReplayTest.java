package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guidepost.CheckRequest;
import dev.guidepost.CheckResult;
import dev.guidepost.Guidepost;
import dev.guidepost.NativePlatform;
import dev.guidepost.cache.RunMemo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The launcher's native replay (src/main/native/guidepost_replay.c, run here as the jar carries it
 * for this machine) reads the run memo as {@link RunMemo#replay} does: after any sequence of changes
 * to a repository, its memo and its report file, it answers exactly when the Java replay answers
 * without writing a report file again, and prints and exits the same. Only a report file to write
 * again is left to Java (the native replay then starts java, which writes it).
 */
class NativeReplayTest {

    private static final String KEY = "guidepost check native-replay-test";
    private static final String LAUNCH_KEY = "00ff10";
    private static final int MISS = 255;

    private static Path work;
    private static Path program;

    enum Change {
        SAME_SIZE_EDIT, LONGER_EDIT, FILE_TIME_MOVED, FOLDER_TIME_MOVED, FILE_ADDED, FILE_DELETED, FILE_ADDED_AND_DELETED,
        FOLDER_ADDED, REPORT_DELETED, REPORT_EDITED, MEMO_CUT_SHORT, MEMO_OF_ANOTHER_KEY, INDEX_OF_ANOTHER_LAUNCH
    }

    @BeforeContainer
    static void install() throws IOException {
        work = Files.createTempDirectory("native-replay");
        program = work.resolve("guidepost-replay");
        String platform = NativePlatform.current();
        assumeTrue(ReplayInstall.class.getResource(ReplayInstall.resource(platform)) != null,
                "the jar carries no native replay for " + platform);
        assertThat(ReplayInstall.install(program, platform)).isTrue();
    }

    @AfterContainer
    static void clean() throws IOException {
        if (work != null) {
            delete(work);
        }
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        return Arbitraries.of(Change.class).list().ofMinSize(0).ofMaxSize(3);
    }

    @Property(tries = 100)
    void theNativeReplayAnswersWhenJavaWouldWithoutWritingAndAsJavaDoes(@ForAll("changes") List<Change> changes)
            throws Exception {
        Path root = Files.createTempDirectory(work, "try");
        Path repo = Files.createDirectories(root.resolve("repo"));
        Path cache = root.resolve("cache");
        Files.createDirectories(repo.resolve("app/migrations"));
        Files.writeString(repo.resolve("app/views.py"), "def view(request):\n    print('x')\n");
        Files.writeString(repo.resolve("app/models.py"), "x = 1\n");
        Files.writeString(repo.resolve("app/migrations/0001_initial.py"), "y = 2\n");
        Files.writeString(repo.resolve("CLAUDE.md"), "# Project\n");
        Path report = repo.resolve("report.txt");
        Files.writeString(report, "the report\n");
        age(repo);

        CheckResult result = Guidepost.standard().run(CheckRequest.of(repo).withCache(cache));
        String printed = result.report().findings().size() + " findings, ünïcode\n";
        assertThat(RunMemo.save(cache, KEY, new RunMemo.Entry(1, List.of(new RunMemo.Written(report), new RunMemo.Printed(printed)), result.inputs().get()))).isTrue();
        Path index = cache.resolve("runs/launch-0123456789abcdef");
        assertThat(RunMemo.link(index, LAUNCH_KEY, cache, KEY)).isTrue();

        boolean reportTouched = false;
        for (Change change : changes) {
            reportTouched |= change == Change.REPORT_DELETED || change == Change.REPORT_EDITED;
            apply(change, repo, report, cache, index);
        }

        Replayed answer = nativeReplay(index);
        ByteArrayOutputStream javaOut = new ByteArrayOutputStream();
        OptionalInt javaCode = RunMemo.replay(cache, KEY, javaOut);
        Statistics.collect(answer.code() != MISS ? "native answers" : "native starts java",
                javaCode.isPresent() ? "Java answers" : "Java runs");
        if (answer.code() != MISS) {
            assertThat(javaCode).as("Java answers too").hasValue(answer.code());
            assertThat(answer.out()).isEqualTo(javaOut.toString(StandardCharsets.UTF_8)).isEqualTo(printed);
        } else {
            assertThat(answer.out()).as("a miss prints nothing").isEmpty();
        }
        boolean linkIntact = !changes.contains(Change.INDEX_OF_ANOTHER_LAUNCH) && !changes.contains(Change.MEMO_OF_ANOTHER_KEY);
        if (!reportTouched && linkIntact) {
            assertThat(answer.code() != MISS).as("answers exactly when Java does").isEqualTo(javaCode.isPresent());
        }
        delete(root);
    }

    private record Replayed(int code, String out) {
    }

    private static Replayed nativeReplay(Path index) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(program.toString(), "--replay", index.toString(), LAUNCH_KEY)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Replayed(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static void apply(Change change, Path repo, Path report, Path cache, Path index) throws IOException {
        Path views = repo.resolve("app/views.py");
        FileTime old = Files.getLastModifiedTime(views);
        switch (change) {
            case SAME_SIZE_EDIT -> {
                Files.writeString(views, Files.readString(views).replace('x', 'z'));
                Files.setLastModifiedTime(views, FileTime.fromMillis(old.toMillis() + 1_000));
            }
            case LONGER_EDIT -> {
                Files.writeString(views, Files.readString(views) + "# more\n");
                Files.setLastModifiedTime(views, old);
            }
            case FILE_TIME_MOVED -> Files.setLastModifiedTime(views, FileTime.fromMillis(old.toMillis() + 1));
            case FOLDER_TIME_MOVED -> Files.setLastModifiedTime(repo.resolve("app"), FileTime.fromMillis(old.toMillis() + 5));
            case FILE_ADDED -> Files.writeString(repo.resolve("app/added.py"), "print('added')\n");
            case FILE_DELETED -> Files.deleteIfExists(repo.resolve("app/models.py"));
            case FILE_ADDED_AND_DELETED -> {
                Path scratch = repo.resolve("app/scratch.py");
                Files.writeString(scratch, "");
                Files.delete(scratch);
            }
            case FOLDER_ADDED -> Files.createDirectories(repo.resolve("app/new_folder"));
            case REPORT_DELETED -> Files.deleteIfExists(report);
            case REPORT_EDITED -> {
                FileTime reportTime = Files.exists(report) ? Files.getLastModifiedTime(report) : old;
                Files.writeString(report, "another report\n");
                Files.setLastModifiedTime(report, reportTime);
            }
            case MEMO_CUT_SHORT -> {
                Path memo = RunMemo.file(cache, KEY);
                byte[] bytes = Files.readAllBytes(memo);
                Files.write(memo, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
            }
            case MEMO_OF_ANOTHER_KEY -> {
                Path memo = RunMemo.file(cache, KEY);
                String other = KEY + " --fail-on never";
                Files.createDirectories(RunMemo.file(cache, other).getParent());
                Files.copy(memo, RunMemo.file(cache, other), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                RunMemo.link(index, LAUNCH_KEY, cache, other); // names a memo whose key is KEY, not other
            }
            case INDEX_OF_ANOTHER_LAUNCH -> RunMemo.link(index, LAUNCH_KEY + "00", cache, KEY);
            default -> throw new IllegalStateException(change.name());
        }
    }

    private static void age(Path root) throws IOException {
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.setLastModifiedTime(path, old);
            }
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
