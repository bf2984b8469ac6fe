package dev.guidepost.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.Guidepost;
import dev.guidepost.engine.CheckRegistry;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal in a forked JVM: its command line, its result, and every way a forked JVM can go wrong. */
class ForkTest {

    @TempDir
    Path repo;
    @TempDir
    Path bin;
    @TempDir
    Path cache;

    RecordingLog log = new RecordingLog();

    static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("shop"));
        Files.writeString(repo.resolve("CLAUDE.md"), "# Project\n\nNo tests section.\n");
        Files.writeString(repo.resolve("manage.py"), "import django\n");
        Files.writeString(repo.resolve("shop/views.py"), "def index(request):\n    print(request)\n");
        Files.writeString(repo.resolve(".gitignore"), "target/\n");
    }

    CheckPlan plan(Path cacheDirectory) throws MojoExecutionException {
        return CheckPlan.of(new GoalParameters(null, "error", List.of("text", "json", "sarif"),
                Path.of("target/guidepost"), null, null, null, null, null, true, "repository", repo, repo,
                cacheDirectory));
    }

    static Fork fork(Path java, String... jvmArgs) {
        List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        return new Fork(java, List.of(jvmArgs), classpath, Map.of());
    }

    @Test
    void theForkedJvmStartsAsTheLauncherStartsOne() {
        Fork fork = new Fork(Path.of("/jdk/bin/java"), List.of("-Xmx1g", "-XX:TieredStopAtLevel=4"),
                List.of(Path.of("/m2/plugin.jar"), Path.of("/m2/core.jar")),
                Map.of("guidepost.parser", "java", "guidepost.cacheDir", "/c"));
        assertThat(fork.command(Path.of("/tmp/job.txt"), Path.of("/tmp/transcript.txt"), false, false)).containsExactly(
                "/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:Tier3InvocationThreshold=50",
                "-XX:Tier3MinInvocationThreshold=25", "-XX:Tier3CompileThreshold=500", "-XX:Tier3BackEdgeThreshold=20000",
                "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
                "--enable-native-access=ALL-UNNAMED", "-Dslf4j.internal.verbosity=ERROR",
                "-Dguidepost.cacheDir=/c", "-Dguidepost.parser=java", "-Xmx1g", "-XX:TieredStopAtLevel=4",
                "-cp", "/m2/plugin.jar" + File.pathSeparator + "/m2/core.jar",
                "dev.guidepost.maven.ForkedGoal", "/tmp/job.txt", "/tmp/transcript.txt");
        // where Linux offers huge pages on request, the launcher's option follows its others
        assertThat(fork.command(Path.of("/tmp/job.txt"), Path.of("/tmp/transcript.txt"), true, false)).containsSubsequence(
                "--enable-native-access=ALL-UNNAMED", "-XX:+UseTransparentHugePages", "-Dslf4j.internal.verbosity=ERROR");
        // where the memory holds it, the launcher's young generation follows its options too
        assertThat(fork.command(Path.of("/tmp/job.txt"), Path.of("/tmp/transcript.txt"), true, true)).containsSubsequence(
                "--enable-native-access=ALL-UNNAMED", "-Xmn48m", "-XX:+UseTransparentHugePages", "-Xmx1g");
        assertThat(fork.command(Path.of("/tmp/job.txt"), Path.of("/tmp/transcript.txt")))
                .hasSize(fork.command(Path.of("/tmp/job.txt"), Path.of("/tmp/transcript.txt"), false, false).size()
                        + (Fork.hugePagesOnRequest() ? 1 : 0) + (Fork.roomForYoungGeneration() ? 1 : 0));
    }

    @Test
    void aForkedCheckLogsAndWritesWhatTheCheckInMavensJvmDoes() throws Exception {
        CheckPlan plan = plan(null);
        RecordingLog inProcess = new RecordingLog();
        assertThatThrownBy(() -> new GoalRun(Guidepost.standard(), inProcess).run(plan, Optional.empty(), repo))
                .isInstanceOf(MojoFailureException.class);
        List<String> reports = reports();
        deleteReports();

        assertThatThrownBy(() -> new GoalRun(Guidepost.standard(), log).run(plan, Optional.of(fork(JAVA)), repo))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Guidepost: ")
                .hasMessageContaining("(fails on error and above)");
        assertThat(log.lines.stream().filter(l -> !l.startsWith("debug ")).toList())
                .isEqualTo(inProcess.lines.stream().filter(l -> !l.startsWith("debug ")).toList())
                .anyMatch(l -> l.startsWith("error shop/views.py:2:5: [django/no-print]"));
        assertThat(reports()).isEqualTo(reports);
    }

    @Test
    void anUnchangedRepositoryIsAnsweredFromTheRunMemo() throws Exception {
        Files.createDirectories(repo.resolve("target")); // as Maven makes it before the goal runs
        age(repo);
        CheckPlan plan = plan(cache);
        assertThatThrownBy(() -> new GoalRun(Guidepost.standard(), log).run(plan, Optional.empty(), repo))
                .isInstanceOf(MojoFailureException.class);
        List<String> first = new ArrayList<>(log.lines);
        List<String> reports = reports();
        deleteReports();

        // a library with no checks at all could not even compile the policy: the answer is the memo's
        RecordingLog again = new RecordingLog();
        Guidepost none = new Guidepost(new CheckRegistry(List.of()));
        assertThatThrownBy(() -> new GoalRun(none, again).run(plan, Optional.of(fork(bin.resolve("no-java"))), repo))
                .isInstanceOf(MojoFailureException.class);
        assertThat(again.lines.get(1)).startsWith("debug Guidepost: answered from the run memo in ");
        assertThat(again.lines.stream().filter(l -> !l.startsWith("debug ")).toList()).isEqualTo(first);
        assertThat(reports()).isEqualTo(reports);

        Files.writeString(repo.resolve("shop/views.py"), "def index(request):\n    return request\n");
        assertThatThrownBy(() -> new GoalRun(Guidepost.standard(), new RecordingLog())
                .run(plan, Optional.of(fork(bin.resolve("no-java"))), repo))
                .isInstanceOf(MojoExecutionException.class).hasMessageContaining("no java executable at");
    }

    @Test
    void theFirstForkDumpsTheClassArchiveAndLaterForksMapIt() throws Exception {
        // as the plugin's class path is in a build: jars only (the JVM archives no classes from a folder)
        Fork fork = new Fork(JAVA, List.of(), jarred(fork(JAVA).classpath()), Map.of(),
                Optional.of(cache.resolve("cds")));
        Optional<ClassArchive> archive = ClassArchive.of(cache.resolve("cds"), JAVA, fork.classpath(), List.of());
        org.junit.jupiter.api.Assumptions.assumeTrue(archive.isPresent(), "this JDK has no archive of its own");
        assertThatThrownBy(() -> new GoalRun(Guidepost.standard(), log).run(plan(null), Optional.of(fork), repo))
                .isInstanceOf(MojoFailureException.class);
        assertThat(archive.get().file()).isRegularFile();
        assertThat(log.lines).anyMatch(l -> l.contains("-XX:ArchiveClassesAtExit=" + archive.get().file() + "."))
                .contains("debug Guidepost: made the forked JVM's class-data archive " + archive.get().file());
        List<String> reports = reports();
        deleteReports();

        RecordingLog again = new RecordingLog();
        assertThatThrownBy(() -> new GoalRun(Guidepost.standard(), again).run(plan(null), Optional.of(fork), repo))
                .isInstanceOf(MojoFailureException.class);
        assertThat(again.lines).anyMatch(l -> l.startsWith("debug Guidepost: forking ")
                && l.contains(" -XX:SharedArchiveFile=" + archive.get().file() + " "));
        assertThat(again.lines.stream().filter(l -> !l.startsWith("debug ")).toList())
                .isEqualTo(log.lines.stream().filter(l -> !l.startsWith("debug ")).toList());
        assertThat(reports()).isEqualTo(reports);
    }

    @Test
    void aJvmThatCannotDumpTheArchiveRunsOnceMoreWithoutAndIsNotAskedAgain() throws Exception {
        Path home = bin.resolve("jdk");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib/server"));
        Files.writeString(home.resolve("lib/server/classes.jsa"), "");
        Files.writeString(home.resolve("lib/modules"), "");
        Path calls = bin.resolve("calls.txt");
        Path java = script("jdk/bin/java", "echo \"$*\" >> " + calls + "\ncase \"$*\" in *ArchiveClassesAtExit*)\n"
                + "  echo 'Error occurred during initialization of VM'; echo 'DynamicDumpSharedSpaces is unsupported';"
                + " exit 1;;\nesac\nexec " + JAVA + " \"$@\"");
        Fork fork = new Fork(java, List.of(), fork(JAVA).classpath(), Map.of(), Optional.of(cache.resolve("cds")));
        assertThatThrownBy(() -> new GoalRun(Guidepost.standard(), log).run(plan(null), Optional.of(fork), repo))
                .isInstanceOf(MojoFailureException.class).hasMessageContaining("(fails on error and above)");
        assertThat(Files.readAllLines(calls)).hasSize(2);
        assertThat(log.lines).contains("debug Guidepost: the forked JVM could not make its class-data archive;"
                + " running it without").noneMatch(l -> l.startsWith("warn Guidepost (forked JVM)"));

        assertThatThrownBy(() -> new GoalRun(Guidepost.standard(), new RecordingLog()).run(plan(null),
                Optional.of(fork), repo)).isInstanceOf(MojoFailureException.class);
        assertThat(Files.readAllLines(calls)).hasSize(3).last().asString().doesNotContain("ArchiveClassesAtExit")
                .doesNotContain("SharedArchiveFile");
    }

    @Test
    void aMissingJavaSaysSo() {
        assertThatThrownBy(() -> fork(bin.resolve("java")).run(plan(null).checkJob(), repo, log))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Guidepost cannot fork a JVM: no java executable at " + bin.resolve("java")
                        + "; set <jvm> (guidepost.jvm) to a Java 17 or later executable, or -Dguidepost.fork=false to"
                        + " check inside Maven's JVM");
    }

    @Test
    void aJvmThatCannotStartSaysWhatItPrinted() {
        assertThatThrownBy(() -> fork(JAVA, "-XX:+NoSuchOption").run(plan(null).checkJob(), repo, log))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Guidepost's forked JVM (" + JAVA + ") ended with exit code 1 before it had a"
                        + " result; it printed:\n  ")
                .hasMessageContaining("NoSuchOption")
                .hasMessageEndingWith("or set -Dguidepost.fork=false to check inside Maven's JVM");
        assertThat(Files.exists(repo.resolve("target/guidepost"))).isFalse();
    }

    @Test
    void aCrashedKilledOrGarbledJvmIsAnErrorNeverAStackTrace() throws IOException {
        Path crashes = script("crashes", "echo 'Exception in thread main: boom' >&2; exit 3");
        assertThatThrownBy(() -> fork(crashes).run(plan(null).checkJob(), repo, log))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Guidepost's forked JVM (" + crashes + ") ended with exit code 3 before it had"
                        + " a result; it printed:\n  Exception in thread main: boom\n")
                .hasNoCause();
        Path killed = script("killed", "kill -9 $$");
        assertThatThrownBy(() -> fork(killed).run(plan(null).checkJob(), repo, log))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Guidepost's forked JVM (" + killed + ") was killed (signal 9) before it had a"
                        + " result; it printed nothing");
        Path garbles = script("garbles", "for last; do :; done; printf 'not a transcript' > \"$last\"");
        assertThatThrownBy(() -> fork(garbles).run(plan(null).checkJob(), repo, log))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Guidepost's forked JVM (" + garbles + ") left an unreadable result (exit"
                        + " code 0)");
    }

    @Test
    void theJavaVersionIsReadFromTheReleaseFile() {
        assertThat(JavaRelease.parse("IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"17.0.15\"\n")).contains(17);
        assertThat(JavaRelease.parse("JAVA_VERSION=\"1.8.0_402\"\n")).contains(8);
        assertThat(JavaRelease.parse("JAVA_VERSION=\"25\"\n")).contains(25);
        assertThat(JavaRelease.parse("nothing")).isEmpty();
        assertThat(JavaRelease.feature(JAVA)).contains(Runtime.version().feature());
    }

    /** The class path with each folder on it packed into a jar of its own. */
    private List<Path> jarred(List<Path> classpath) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (Path entry : classpath) {
            if (!Files.isDirectory(entry)) {
                jars.add(entry);
                continue;
            }
            Path jar = bin.resolve("folder-" + jars.size() + ".jar");
            try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                    Stream<Path> files = Files.walk(entry)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new java.util.jar.JarEntry(entry.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            jars.add(jar);
        }
        return jars;
    }

    private Path script(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private List<String> reports() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : List.of("guidepost.txt", "guidepost.json", "guidepost.sarif")) {
            texts.add(Files.readString(repo.resolve("target/guidepost").resolve(name)));
        }
        return texts;
    }

    private void deleteReports() throws IOException {
        for (String name : List.of("guidepost.txt", "guidepost.json", "guidepost.sarif")) {
            Files.delete(repo.resolve("target/guidepost").resolve(name));
        }
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
