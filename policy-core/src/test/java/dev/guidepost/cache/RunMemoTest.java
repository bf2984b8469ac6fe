package dev.guidepost.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.CheckRequest;
import dev.guidepost.CheckResult;
import dev.guidepost.Guidepost;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run memo replays a run only while everything its report depended on is unchanged: the
 * scanned files, the folders' entries, ignore files, the policy and the files it extends, the user
 * settings and baseline files, and files that CLAUDE.md imports without the scan listing them.
 */
class RunMemoTest {

    private static final String POLICY = TestPolicies.policy("memo-test");
    private static final String PACK = TestPolicies.PACK;
    private static final String KEY = "guidepost check test";

    @TempDir
    Path repo;
    @TempDir
    Path policyFolder;
    @TempDir
    Path cacheFolder;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(policyFolder.resolve("policy.yaml"), POLICY);
        Files.writeString(policyFolder.resolve("pack.yaml"), PACK);
        Files.createDirectories(repo.resolve("app"));
        Files.writeString(repo.resolve("app/views.py"), "print('x')\n");
        Files.writeString(repo.resolve("app/models.py"), "x = 1\n");
        Files.writeString(repo.resolve(".gitignore"), "build/\n");
        Files.writeString(repo.resolve("CLAUDE.md"), "# Project\n\nSee @notes/private.md for more.\n");
        Files.createDirectories(repo.resolve("build"));
        Files.writeString(repo.resolve("build/out.py"), "print('generated')\n");
        age(repo);
        age(policyFolder);
    }

    private CheckRequest request() {
        return CheckRequest.of(repo).withPolicy(policyFolder.resolve("policy.yaml").toString()).withCache(cacheFolder);
    }

    /** Runs the check and keeps a memo whose output names the findings; true when it was kept. */
    private boolean runAndSave(CheckRequest request) {
        CheckResult result = Guidepost.standard().run(request);
        assertThat(result.inputs()).isPresent();
        String printed = result.report().findings().size() + " findings\n";
        return RunMemo.save(cacheFolder, KEY, new RunMemo.Entry(1, List.of(new RunMemo.Printed(printed)),
                result.inputs().get()));
    }

    private OptionalInt replay() throws IOException {
        return RunMemo.replay(cacheFolder, KEY, new ByteArrayOutputStream());
    }

    @Test
    void anUnchangedRepositoryIsAnsweredFromTheMemo() throws IOException {
        assertThat(runAndSave(request())).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(RunMemo.replay(cacheFolder, KEY, out)).hasValue(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("1 findings\n");
        assertThat(RunMemo.replay(cacheFolder, "another command", new ByteArrayOutputStream())).isEmpty();
    }

    @Test
    void aChangedFileIsAMissEvenWithTheSameSize() throws IOException {
        runAndSave(request());
        Path file = repo.resolve("app/models.py");
        Files.writeString(file, "y = 2\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        assertThat(replay()).isEmpty();
    }

    @Test
    void aChangeToAnyOfManyFilesIsAMiss() throws IOException {
        // enough files and folders for both halves of the replay's check to hold some of each
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path folder = Files.createDirectories(repo.resolve("app" + i));
            files.add(Files.writeString(folder.resolve("models.py"), "x = " + i + "\n"));
        }
        age(repo);
        assertThat(runAndSave(request())).isTrue();
        assertThat(replay()).isPresent();
        FileTime old = Files.getLastModifiedTime(files.get(0));
        for (Path file : files) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            assertThat(replay()).as(file.toString()).isEmpty();
            Files.setLastModifiedTime(file, old);
            assertThat(replay()).as(file.toString()).isPresent();
        }
        for (int i = 0; i < 12; i++) {
            Path added = repo.resolve("app" + i + "/admin.py");
            Files.writeString(added, "");
            assertThat(replay()).as(added.toString()).isEmpty();
            Files.delete(added);
        }
    }

    @Test
    void aFolderWhoseTimeMovedWithTheSameEntriesIsStillAHit() throws IOException {
        runAndSave(request());
        Files.writeString(repo.resolve("app/scratch.py"), "");
        Files.delete(repo.resolve("app/scratch.py"));
        assertThat(replay()).isPresent();
    }

    @Test
    void addedAndDeletedFilesAreMisses() throws IOException {
        runAndSave(request());
        Files.writeString(repo.resolve("app/new.py"), "eval(x)\n");
        assertThat(replay()).isEmpty();

        Files.delete(repo.resolve("app/new.py"));
        age(repo);
        runAndSave(request());
        assertThat(replay()).isPresent();
        Files.delete(repo.resolve("app/models.py"));
        assertThat(replay()).isEmpty();
    }

    @Test
    void filesInIgnoredFoldersDoNotMatterButTheIgnoreFilesDo() throws IOException {
        runAndSave(request());
        Files.writeString(repo.resolve("build/more.py"), "print(1)\n");
        assertThat(replay()).as("build/ is ignored").isPresent();

        Files.writeString(repo.resolve(".gitignore"), "dist/\n");
        assertThat(replay()).isEmpty();
    }

    @Test
    void thePolicyAndThePackItExtendsAreInputs() throws IOException {
        runAndSave(request());
        Files.writeString(policyFolder.resolve("pack.yaml"), PACK.replace("eval call", "eval() call"));
        assertThat(replay()).isEmpty();

        age(policyFolder);
        runAndSave(request());
        assertThat(replay()).isPresent();
        Files.writeString(policyFolder.resolve("policy.yaml"), POLICY + "\n");
        assertThat(replay()).isEmpty();
    }

    @Test
    void userSettingsAndBaselineFilesAreInputsEvenWhenAbsent() throws IOException {
        Path settings = policyFolder.resolve("user-settings.json");
        runAndSave(request().withUserSettings(settings));
        Files.writeString(settings, "{\"permissions\": {\"deny\": [\"Bash(rm:*)\"]}}");
        assertThat(replay()).isEmpty();
    }

    @Test
    void aFileClaudeMdImportsIsAnInputThoughTheScanSkipsIt() throws IOException {
        Files.writeString(repo.resolve(".gitignore"), "build/\nnotes/\n");
        Files.createDirectories(repo.resolve("notes"));
        age(repo);
        CheckRequest builtin = CheckRequest.of(repo).withCache(cacheFolder); // its CLAUDE.md rules follow imports
        runAndSave(builtin);
        assertThat(replay()).isPresent();
        Files.writeString(repo.resolve("notes/private.md"), "# Private\n");
        assertThat(replay()).as("notes/ is ignored, but the import now resolves").isEmpty();
    }

    @Test
    void aRunWhoseInputsJustChangedIsNotKept() throws IOException {
        Files.writeString(repo.resolve("app/models.py"), "z = 3\n");
        assertThat(runAndSave(request())).isFalse();
        assertThat(replay()).isEmpty();
    }

    @Test
    void aReportFileInTheRepositoryIsRewrittenWhenGoneAndDoesNotInvalidateTheMemo() throws IOException {
        CheckResult result = Guidepost.standard().run(request());
        Path report = repo.resolve("report.txt");
        Files.writeString(report, "the report\n");
        assertThat(RunMemo.save(cacheFolder, KEY, new RunMemo.Entry(0,
                List.of(new RunMemo.Written(report)), result.inputs().get()))).isTrue();
        assertThat(replay()).hasValue(0);

        Files.delete(report);
        assertThat(replay()).hasValue(0);
        assertThat(report).hasContent("the report");
        assertThat(replay()).as("the rewritten report is no new input").hasValue(0);

        long rewritten = Files.getLastModifiedTime(report).toMillis();
        Files.delete(report);
        replay();
        assertThat(Files.getLastModifiedTime(report).toMillis()).as("the remembered run's time, as before").isEqualTo(rewritten);
        Files.writeString(report, "changed\n");
        Files.setLastModifiedTime(report, java.nio.file.attribute.FileTime.fromMillis(rewritten));
        replay();
        assertThat(report).as("a file of another size is written again").hasContent("the report");
    }

    @Test
    void aReportFileIsKeptByteForByteAsTheRunLeftItAndAReportSentToADeviceIsNotKept() throws IOException {
        CheckResult result = Guidepost.standard().run(request());
        Path report = repo.resolve("report.bin");
        byte[] written = {'a', (byte) 0xC3, (byte) 0xA9, 0, (byte) 0xFF, '\n'}; // not all of it UTF-8
        Files.write(report, written);
        assertThat(RunMemo.save(cacheFolder, KEY, new RunMemo.Entry(0, List.of(new RunMemo.Written(report)),
                result.inputs().get()))).isTrue();
        Files.delete(report);
        assertThat(replay()).hasValue(0);
        assertThat(Files.readAllBytes(report)).isEqualTo(written);

        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")));
        assertThat(RunMemo.save(cacheFolder, KEY + " to a device", new RunMemo.Entry(0,
                List.of(new RunMemo.Written(Path.of("/dev/null"))), result.inputs().get())))
                .as("what went to /dev/null cannot be read back for a replay").isFalse();
    }

    @Test
    void aDamagedMemoIsAMiss() throws IOException {
        runAndSave(request());
        Path file = RunMemo.file(cacheFolder, KEY);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(replay()).isEmpty();
        Files.write(file, new byte[] {1, 2, 3});
        assertThat(replay()).isEmpty();
    }

    @Test
    void aLaunchIndexIsWrittenOnlyWhereAndAsTheNativeReplayReadsIt() throws IOException {
        Path runs = cacheFolder.resolve("runs");
        Path index = runs.resolve("launch-0123456789abcdef");
        assertThat(RunMemo.link(index, "00ff", cacheFolder, KEY)).isTrue();
        try (var in = new java.io.DataInputStream(Files.newInputStream(index))) {
            assertThat(readString(in)).isEqualTo("guidepost-launch-index");
            assertThat(in.readInt()).isEqualTo(1);
            assertThat(readString(in)).isEqualTo("00ff");
            assertThat(readString(in)).isEqualTo(RunMemo.file(cacheFolder, KEY).toAbsolutePath().toString());
            assertThat(readString(in)).isEqualTo(KEY);
            assertThat(in.read()).isEqualTo(-1);
        }
        // only an index the replay would look for, with a key it could have made
        assertThat(RunMemo.link(runs.resolve("launch-0123"), "00ff", cacheFolder, KEY)).isFalse();
        assertThat(RunMemo.link(runs.resolve("launch-0123456789ABCDEF"), "00ff", cacheFolder, KEY)).isFalse();
        assertThat(RunMemo.link(cacheFolder.resolve("launch-0123456789abcdef"), "00ff", cacheFolder, KEY)).isFalse();
        assertThat(RunMemo.link(runs.resolve("memo-0123456789abcdef"), "00ff", cacheFolder, KEY)).isFalse();
        assertThat(RunMemo.link(Path.of("runs/launch-0123456789abcdef"), "00ff", cacheFolder, KEY)).isFalse();
        assertThat(RunMemo.link(index, "", cacheFolder, KEY)).isFalse();
        assertThat(RunMemo.link(index, "00fg", cacheFolder, KEY)).isFalse();
        try (Stream<Path> files = Files.list(runs)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("launch-0123456789abcdef");
        }
        assertThat(cacheFolder.resolve("launch-0123456789abcdef")).doesNotExist();
    }

    private static String readString(java.io.DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Sets every file and folder under {@code root} an hour back, as files the run did not just see change. */
    static void age(Path root) throws IOException {
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.setLastModifiedTime(path, old);
            }
        }
    }
}
