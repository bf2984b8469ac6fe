package dev.guidepost.maven;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs a {@link GoalJob} in a JVM of its own, started as the command line launcher starts one (C1
 * only, the serial collector and the launcher's young generation, no performance-data file, the
 * JDK's class-data archive), with native access granted so that loading the parser warns on no JDK.
 * The job goes to the JVM in a file, the
 * {@link Transcript} comes back in another (both in a temporary folder, removed afterwards); what the
 * JVM prints itself (only JVM warnings, normally nothing) is logged as warnings. A JVM that cannot
 * start, crashes, is killed or leaves no readable transcript is a {@link MojoExecutionException}
 * saying so, with the end of what it printed.
 *
 * @param java the {@code java} executable
 * @param jvmArgs more JVM options, after the usual ones (so they can override them)
 * @param classpath the plugin's jar and its dependencies
 * @param properties system properties passed on ({@code guidepost.*} of Maven's JVM)
 * @param archiveFolder where the forked JVM's {@link ClassArchive} is kept; empty: the JVM runs without one
 */
public record Fork(Path java, List<String> jvmArgs, List<Path> classpath, Map<String, String> properties,
        Optional<Path> archiveFolder) {

    /** The options the command line launcher starts its JVM with (policy-cli/src/main/dist/bin/guidepost). */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:Tier3InvocationThreshold=50",
            "-XX:Tier3MinInvocationThreshold=25", "-XX:Tier3CompileThreshold=500", "-XX:Tier3BackEdgeThreshold=20000",
            "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "--enable-native-access=ALL-UNNAMED");

    /**
     * The library's git client logs through SLF4J, which finds no logger in the forked JVM (the command
     * line tool has slf4j-nop for it): its "no providers" warning is not for the user.
     */
    static final String QUIET_SLF4J = "-Dslf4j.internal.verbosity=ERROR";

    private static final int OUTPUT_LINES = 20;

    /** What a JVM prints when it stops before it runs any code (HotSpot's words since long before Java 17). */
    static final String VM_NOT_MADE = "Error occurred during initialization of VM";

    public Fork {
        jvmArgs = List.copyOf(jvmArgs);
        classpath = List.copyOf(classpath);
        properties = Map.copyOf(properties);
    }

    /** A fork without a class-data archive. */
    public Fork(Path java, List<String> jvmArgs, List<Path> classpath, Map<String, String> properties) {
        this(java, jvmArgs, classpath, properties, Optional.empty());
    }

    /**
     * The launcher's option for the heap in transparent huge pages, which it adds when Linux offers
     * them on request ("madvise"; with "always" no option is needed, with "never" the JVM would warn).
     */
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

    private static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /**
     * The launcher's young generation, which it sets when the JVM's initial heap (1/64 of the memory
     * it sees) holds it: from {@link #YOUNG_GENERATION_MEMORY} on (below it the JVM would warn).
     */
    static final String YOUNG_GENERATION = "-Xmn48m";

    static final long YOUNG_GENERATION_MEMORY = 4L << 30;

    /**
     * Whether the memory a JVM here sizes its heap by (the machine's, or its container's limit when
     * lower) holds {@link #YOUNG_GENERATION}, as the launcher tells it.
     */
    static boolean roomForYoungGeneration() {
        try {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getTotalMemorySize() >= YOUNG_GENERATION_MEMORY;
        } catch (ClassCastException | LinkageError | SecurityException e) {
            return false; // a JVM without the JDK's management extension: as where the memory is not known
        }
    }

    /** Whether this machine offers transparent huge pages on request, as the launcher tells it. */
    static boolean hugePagesOnRequest() {
        try {
            return Files.isReadable(HUGE_PAGES_SETTING) && Files.readString(HUGE_PAGES_SETTING).contains("[madvise]");
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The command line that runs the job file and writes the transcript file. */
    List<String> command(Path jobFile, Path transcriptFile) {
        return command(jobFile, transcriptFile, List.of());
    }

    /** As {@link #command(Path, Path)}, with the class-data archive's options (before the user's). */
    List<String> command(Path jobFile, Path transcriptFile, List<String> archiveOptions) {
        List<String> command = command(jobFile, transcriptFile, hugePagesOnRequest(), roomForYoungGeneration());
        command.addAll(command.indexOf(QUIET_SLF4J) + 1, archiveOptions);
        return command;
    }

    /**
     * As {@link #command(Path, Path)} on a machine that does or does not offer huge pages on request,
     * and whose memory does or does not hold the launcher's young generation.
     */
    List<String> command(Path jobFile, Path transcriptFile, boolean hugePages, boolean youngGeneration) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(LAUNCHER_OPTIONS);
        if (youngGeneration) {
            command.add(YOUNG_GENERATION);
        }
        if (hugePages) {
            command.add(HUGE_PAGES);
        }
        command.add(QUIET_SLF4J);
        properties.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(p -> command.add("-D" + p.getKey() + "=" + p.getValue()));
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        command.add(ForkedGoal.class.getName());
        command.add(jobFile.toString());
        command.add(transcriptFile.toString());
        return command;
    }

    /**
     * Runs {@code job} in the forked JVM and returns its transcript.
     *
     * @param directory the folder the JVM runs in
     * @throws MojoExecutionException when the JVM cannot be started or leaves no transcript
     */
    Transcript run(GoalJob job, Path directory, Log log) throws MojoExecutionException {
        checkJava();
        Path work;
        try {
            work = Files.createTempDirectory("guidepost-fork");
        } catch (IOException e) {
            throw new MojoExecutionException("Guidepost could not make a temporary folder for its forked JVM: "
                    + e.getMessage());
        }
        try {
            Path jobFile = work.resolve("job.txt");
            Files.writeString(jobFile, job.encode(), StandardCharsets.UTF_8);
            Optional<ClassArchive> archive = archiveFolder.flatMap(folder -> ClassArchive.of(folder, java, classpath,
                    jvmArgs));
            Optional<Path> dump = archive.isEmpty() || archive.get().settled() ? Optional.empty()
                    : dumpFile(archive.get());
            if (dump.isEmpty()) {
                return start(jobFile, work, directory, archive.map(ClassArchive::useOptions).orElse(List.of()), log)
                        .orFail();
            }
            Started dumping = start(jobFile, work, directory, ClassArchive.dumpOptions(dump.get()), log);
            if (dumping.transcript.isPresent()) {
                if (archive.get().keep(dump.get())) {
                    log.debug("Guidepost: made the forked JVM's class-data archive " + archive.get().file());
                } else {
                    archive.get().failed(dump.get()); // a JVM that cannot (a folder on the class path): not again
                }
                return dumping.orFail();
            }
            if (!dumping.stoppedBeforeStart()) {
                Files.deleteIfExists(dump.get());
                return dumping.orFail(); // the check itself failed: said as any fork's failure is
            }
            // a JVM asked to dump an archive stops before it starts when it cannot (no archive of the
            // JDK's mapped, say): once more without, and no dump is tried again for this installation
            archive.get().failed(dump.get());
            log.debug("Guidepost: the forked JVM could not make its class-data archive; running it without");
            return start(jobFile, work, directory, List.of(), log).orFail();
        } catch (IOException e) {
            throw new MojoExecutionException("Guidepost could not run its forked JVM " + java + ": " + e.getMessage()
                    + "; set <jvm> to a Java 17 or later executable, or -Dguidepost.fork=false to check inside"
                    + " Maven's JVM");
        } finally {
            delete(work);
        }
    }

    /** Where a fork dumps {@code archive}; empty when its folder cannot be made (the fork runs without). */
    private static Optional<Path> dumpFile(ClassArchive archive) {
        try {
            return Optional.of(archive.dumpFile());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A started and finished fork: its transcript, or the failure it ended with.
     *
     * @param transcript what the fork said, when it left a readable transcript
     * @param failure otherwise, why not
     * @param stoppedBeforeStart whether the JVM said it stopped while it was being made (before any of
     *     Guidepost's code ran)
     */
    private record Started(Optional<Transcript> transcript, String failure, boolean stoppedBeforeStart) {
        /** The transcript; the failure as the goal's error when there is none. */
        Transcript orFail() throws MojoExecutionException {
            if (transcript.isEmpty()) {
                throw new MojoExecutionException(failure);
            }
            return transcript.get();
        }
    }

    /** Starts the fork with {@code archiveOptions} and waits for it; its own printed lines are logged as warnings. */
    private Started start(Path jobFile, Path work, Path directory, List<String> archiveOptions, Log log)
            throws IOException, MojoExecutionException {
        Path transcriptFile = work.resolve("transcript.txt");
        Path output = work.resolve("output.txt");
        Files.deleteIfExists(transcriptFile);
        List<String> command = command(jobFile, transcriptFile, archiveOptions);
        if (log.isDebugEnabled()) {
            log.debug("Guidepost: forking " + String.join(" ", command));
        }
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
        int exit = waitFor(process);
        List<String> printed = printed(output);
        Optional<Transcript> transcript = Files.isRegularFile(transcriptFile)
                ? Transcript.decode(Files.readString(transcriptFile, StandardCharsets.UTF_8)) : Optional.empty();
        if (transcript.isPresent()) {
            printed.forEach(line -> log.warn("Guidepost (forked JVM): " + line));
            return new Started(transcript, "", false);
        }
        return new Started(Optional.empty(), failure(exit, Files.isRegularFile(transcriptFile), printed),
                printed.stream().anyMatch(line -> line.contains(VM_NOT_MADE)));
    }

    /** What to say about a JVM that left no readable transcript. */
    String failure(int exit, boolean transcriptWritten, List<String> printed) {
        String how = transcriptWritten ? "left an unreadable result (exit code " + exit + ")"
                : exit > 128 ? "was killed (signal " + (exit - 128) + ") before it had a result"
                : "ended with exit code " + exit + " before it had a result";
        List<String> tail = printed.subList(Math.max(0, printed.size() - OUTPUT_LINES), printed.size());
        return "Guidepost's forked JVM (" + java + ") " + how
                + (tail.isEmpty() ? "; it printed nothing" : "; it printed:\n  " + String.join("\n  ", tail))
                + "\nCheck the <jvm> and <jvmArgs> parameters, or set -Dguidepost.fork=false to check inside"
                + " Maven's JVM";
    }

    private void checkJava() throws MojoExecutionException {
        if (!Files.isRegularFile(java) || !Files.isExecutable(java)) {
            throw new MojoExecutionException("Guidepost cannot fork a JVM: no java executable at " + java
                    + "; set <jvm> (guidepost.jvm) to a Java 17 or later executable, or -Dguidepost.fork=false to"
                    + " check inside Maven's JVM");
        }
        Optional<Integer> feature = JavaRelease.feature(java);
        if (feature.isPresent() && feature.get() < 17) {
            throw new MojoExecutionException("Guidepost needs Java 17 or later; " + java + " is Java " + feature.get()
                    + ": set <jvm> (guidepost.jvm) to a newer one, or -Dguidepost.fork=false");
        }
    }

    /** The lines the JVM printed (their last 64 KiB; a JVM gone astray may print without end). */
    private static List<String> printed(Path output) throws IOException {
        long size = Files.size(output);
        byte[] bytes;
        try (var in = Files.newInputStream(output)) {
            in.skipNBytes(Math.max(0, size - 65_536));
            bytes = in.readAllBytes();
        }
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }

    private static int waitFor(Process process) throws MojoExecutionException {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Guidepost was interrupted; its forked JVM is stopped");
        }
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail the build
        }
    }
}
