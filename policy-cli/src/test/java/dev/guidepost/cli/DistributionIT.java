package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged distribution as a user gets it (run after {@code package}, on the archive it made):
 * unpacked, installed into a prefix with its install script, and run from other folders through
 * the launcher; and the GitHub Action's and pre-commit's ways of calling it.
 */
@DisabledOnOs(OS.WINDOWS)
class DistributionIT {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path SAMPLES = REPOSITORY.resolve("samples");

    @TempDir
    static Path work;

    private static Path unpacked;
    private static Path prefix;

    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void install() throws IOException, InterruptedException {
        // set by the distribution-tests execution (after package); absent when -Dtest picks this class for the
        // unit-test phase, where no archive exists yet
        String distribution = System.getProperty("guidepost.distribution");
        assumeTrue(distribution != null, "runs in the integration-test phase, on the packaged distribution");
        Path archive = Path.of(distribution);
        assertThat(archive).as("the distribution archive made by mvn package").isRegularFile();
        Path unpackTo = Files.createDirectories(work.resolve("download"));
        assertThat(run(unpackTo, Map.of(), "tar", "-xzf", archive.toAbsolutePath().toString()).code()).isZero();
        try (var entries = Files.list(unpackTo)) {
            unpacked = entries.findFirst().orElseThrow();
        }
        prefix = work.resolve("prefix");
        Run installed = run(work, Map.of(), "sh", unpacked.resolve("install.sh").toString(), "--prefix", prefix.toString());
        assertThat(installed.code()).as(installed.err()).isZero();
        assertThat(installed.out()).contains("Installed guidepost ", prefix.resolve("bin/guidepost").toString());
    }

    @Test
    void theArchiveHoldsLauncherJarInstallScriptAndReadme() {
        assertThat(unpacked.getFileName().toString()).startsWith("guidepost-");
        assertThat(unpacked.resolve("bin/guidepost")).isExecutable();
        assertThat(unpacked.resolve("install.sh")).isExecutable();
        assertThat(unpacked.resolve("lib/guidepost.jar")).isRegularFile();
        assertThat(unpacked.resolve("README.md")).isRegularFile();
        assertThat(unpacked.resolve("docs/install.md")).isRegularFile();
        assertThat(unpacked.resolve("lib/training/django-broken/manage.py")).isRegularFile();
    }

    @Test
    void theInstalledCommandChecksARepositoryFromAnotherFolder() throws Exception {
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Run run = run(elsewhere, Map.of(), prefix.resolve("bin/guidepost").toString(), "check",
                SAMPLES.resolve("django-broken").toString(), "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(Files.readString(SAMPLES.resolve("expected/django-broken.json")));
    }

    @Test
    void installingMadeAClassDataArchiveThatTheJvmCanMap() throws Exception {
        Path archive = prefix.resolve("lib/guidepost/lib/guidepost.jsa");
        assertThat(archive).isRegularFile();
        // the java that made it, by its real path: later runs skip the Java checks while it is the same
        Path madeWith = Path.of(Files.readString(prefix.resolve("lib/guidepost/lib/guidepost.jsa.java")).strip());
        assertThat(madeWith).isAbsolute().isExecutable();
        // with -Xshare:on the JVM refuses to start when the archive cannot be used
        Run run = run(work, Map.of("GUIDEPOST_JAVA_OPTS", "-Xshare:on"), prefix.resolve("bin/guidepost").toString(),
                "check", SAMPLES.resolve("django-clean").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("No problems found");
    }

    @Test
    void anUnchangedReRunLoadsNoClassFromTheJar() throws Exception {
        // times kept: a memo is made only of inputs that did not change just before the run
        Path repository = work.resolve("memo-repository");
        assertThat(run(work, Map.of(), "cp", "-Rp", SAMPLES.resolve("django-broken").toString(), repository.toString())
                .code()).isZero();
        Path cache = work.resolve("memo-cache");
        Run first = run(repository, Map.of(), prefix.resolve("bin/guidepost").toString(), "check", "--cache-dir",
                cache.toString());
        Path loaded = work.resolve("memo-classes.log");
        Run again = run(repository, Map.of("GUIDEPOST_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded),
                prefix.resolve("bin/guidepost").toString(), "check", "--cache-dir", cache.toString());
        assertThat(again.code()).as(again.err()).isEqualTo(first.code()).isEqualTo(1);
        assertThat(again.out()).isEqualTo(first.out());
        // the launcher's training read a memo too (and found a change), so the replay's classes are archived
        List<String> lines = Files.readAllLines(loaded);
        assertThat(lines).anyMatch(line -> line.contains("dev.guidepost.cache.RunMemo "))
                .noneMatch(line -> line.contains("guidepost.jar"));
    }

    @Test
    void theNativeReplayAnswersAnUnchangedReRunAndStartsJavaForAnyChange() throws Exception {
        Path repository = work.resolve("replay-repository");
        assertThat(run(work, Map.of(), "cp", "-R", SAMPLES.resolve("django-broken").toString(), repository.toString())
                .code()).isZero();
        // an hour old: a memo is made only of inputs that did not change just before the run
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
        try (var paths = Files.walk(repository)) {
            for (Path path : paths.toList()) {
                Files.setLastModifiedTime(path, hourAgo);
            }
        }
        Path sarif = work.resolve("replay-report.sarif");
        String[] check = {prefix.resolve("bin/guidepost").toString(), "check", "--cache-dir",
            work.resolve("replay-cache").toString(), "-f", "text", "-f", "sarif=" + sarif};
        Map<String, String> trace = Map.of("GUIDEPOST_REPLAY_TRACE", "1");

        Run first = run(repository, trace, check);
        assertThat(first.err()).contains("no current memo; starting java");
        assertThat(first.code()).as(first.err()).isEqualTo(1);
        Run again = run(repository, trace, check);
        assertThat(again.err()).contains("answered from the run memo");
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(again.code()).isEqualTo(1);

        // a changed module: java checks again and reports the new finding; then the new run is replayed
        Path views = repository.resolve("apps/payments/api/views.py");
        Files.writeString(views, Files.readString(views) + "\nprint(\"replayed?\")\n");
        Files.setLastModifiedTime(views, FileTime.fromMillis(hourAgo.toMillis() + 1_000));
        Run changed = run(repository, trace, check);
        assertThat(changed.err()).contains("starting java");
        assertThat(count(changed.out(), "django/no-print")).isEqualTo(count(first.out(), "django/no-print") + 1);
        Run changedAgain = run(repository, trace, check);
        assertThat(changedAgain.err()).contains("answered from the run memo");
        assertThat(changedAgain.out()).isEqualTo(changed.out());

        // a report file gone: java writes it again; a new file in a folder: java; another command line: java
        Files.delete(sarif);
        assertThat(run(repository, trace, check).err()).contains("starting java");
        assertThat(sarif).isRegularFile();
        assertThat(run(repository, trace, check).err()).contains("answered from the run memo");
        Path added = repository.resolve("apps/payments/added.py");
        Files.writeString(added, "print('added')\n");
        Files.setLastModifiedTime(added, hourAgo);
        Run withAdded = run(repository, trace, check);
        assertThat(withAdded.err()).contains("starting java");
        assertThat(withAdded.out()).contains("added.py");
        assertThat(count(withAdded.out(), "django/no-print")).isEqualTo(count(changed.out(), "django/no-print") + 1);
        String[] never = java.util.Arrays.copyOf(check, check.length + 2);
        never[check.length] = "--fail-on";
        never[check.length + 1] = "never";
        Run otherCommand = run(repository, trace, never);
        assertThat(otherCommand.err()).contains("starting java");
        assertThat(otherCommand.code()).isZero();

        // switched off: java directly, the replay never runs
        Map<String, String> off = Map.of("GUIDEPOST_REPLAY_TRACE", "1", "GUIDEPOST_REPLAY", "off");
        Run direct = run(repository, off, check);
        assertThat(direct.err()).doesNotContain("guidepost-replay");
        assertThat(direct.out()).isEqualTo(withAdded.out());
    }

    @Test
    void theUnpackedLauncherRunsWithoutInstalling() throws Exception {
        Path copy = work.resolve("unpacked-copy");
        assertThat(run(work, Map.of(), "cp", "-R", unpacked.toString(), copy.toString()).code()).isZero();
        Run run = run(SAMPLES.resolve("django-clean"), Map.of("GUIDEPOST_CDS", "off"),
                copy.resolve("bin/guidepost").toString(), "check");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("No problems found");
    }

    @Test
    void theLauncherSaysWhatIsWrongWithJava() throws Exception {
        Run run = run(work, Map.of("JAVA_HOME", work.resolve("no-jdk").toString()),
                prefix.resolve("bin/guidepost").toString(), "--version");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("JAVA_HOME is", "no-jdk", "17 or later");

        Path oldJdk = Files.createDirectories(work.resolve("old-jdk/bin"));
        Files.writeString(oldJdk.resolve("java"), "#!/bin/sh\nexit 0\n");
        oldJdk.resolve("java").toFile().setExecutable(true);
        Files.writeString(work.resolve("old-jdk/release"), "JAVA_VERSION=\"11.0.2\"\n");
        Run old = run(work, Map.of("JAVA_HOME", work.resolve("old-jdk").toString()),
                prefix.resolve("bin/guidepost").toString(), "--version");
        assertThat(old.code()).isEqualTo(2);
        assertThat(old.err()).contains("Java 17 or later is needed", "Java 11");
    }

    @Test
    void theGithubActionStepWritesSarifAndReportsTheExitCode() throws Exception {
        Path workspace = copySample("django-broken", "action-workspace");
        Path outputs = work.resolve("github-output");
        Map<String, String> env = new HashMap<>();
        env.put("GUIDEPOST", prefix.resolve("bin/guidepost").toString());
        env.put("GITHUB_OUTPUT", outputs.toString());
        env.put("INPUT_PATH", ".");
        env.put("INPUT_FORMATS", "github json=guidepost.json");
        env.put("INPUT_FAIL_ON", "error");
        env.put("INPUT_SARIF", "true");
        env.put("INPUT_SARIF_FILE", "reports/guidepost.sarif");
        env.put("INPUT_ARGS", "--exclude tests/**");
        Run run = run(workspace, env, "sh", REPOSITORY.resolve("integrations/github-action.sh").toString());
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("::error file=").doesNotContain("file=tests/");
        assertThat(workspace.resolve("reports/guidepost.sarif")).content().contains("\"version\" : \"2.1.0\"");
        assertThat(workspace.resolve("guidepost.json")).content().contains("\"schemaVersion\"");
        assertThat(outputs).content().contains("sarif-file=reports/guidepost.sarif", "exit-code=1");
    }

    @Test
    void thePreCommitEntryChecksOnlyTheCommittedFiles() throws Exception {
        Path repository = copySample("django-broken", "pre-commit-repository");
        String entry = preCommitEntry();
        List<String> command = new ArrayList<>();
        command.add(prefix.resolve("bin/guidepost").toString());
        command.addAll(List.of(entry.split(" ")).subList(1, entry.split(" ").length));
        command.add("apps/payments/models.py");
        command.add("manage.py");
        Run run = run(repository, Map.of(), command.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("apps/payments/models.py\n")
                .doesNotContain("apps/payments/admin.py", "CLAUDE.md\n", ".claude/settings.json");

        List<String> clean = new ArrayList<>(command.subList(0, command.size() - 2));
        clean.add("apps/users/signals.py");
        assertThat(run(repository, Map.of(), clean.toArray(String[]::new)).code()).isZero();
    }

    private static String preCommitEntry() throws IOException {
        String hooks = Files.readString(REPOSITORY.resolve(".pre-commit-hooks.yaml"));
        String entry = hooks.lines().map(String::strip).filter(l -> l.startsWith("entry: ")).findFirst().orElseThrow();
        assertThat(entry).startsWith("entry: guidepost check");
        return entry.substring("entry: ".length());
    }

    private static Path copySample(String sample, String name) throws IOException, InterruptedException {
        Path copy = work.resolve(name);
        assertThat(run(work, Map.of(), "cp", "-R", SAMPLES.resolve(sample).toString(), copy.toString()).code()).isZero();
        return copy;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static Run run(Path directory, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().remove("GUIDEPOST_JAVA_OPTS");
        builder.environment().put("GUIDEPOST_CACHE_DIR", work.resolve("result-cache").toString()); // never the user's
        builder.environment().putAll(env);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time: " + String.join(" ", command)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
