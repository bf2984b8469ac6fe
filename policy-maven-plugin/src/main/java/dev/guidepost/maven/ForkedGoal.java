package dev.guidepost.maven;

import dev.guidepost.Guidepost;
import dev.guidepost.report.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The forked JVM's entry point: reads the {@link GoalJob} the goal wrote, carries it out with
 * {@link GoalTask} (writing the report files and keeping the run memo as a run inside Maven would),
 * and writes the {@link Transcript} for the goal to log, whole or not at all. Exit code 0 when the
 * transcript is written, whatever it says; otherwise a one-line reason on standard error and 2 (a bad
 * call) or 1 (the run failed), which the goal reports with that line.
 *
 * <p>Loads none of Maven's classes: the forked JVM's class path holds only the plugin and the library.
 */
public final class ForkedGoal {

    private ForkedGoal() {
    }

    /** {@code ForkedGoal JOB-FILE TRANSCRIPT-FILE}. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("guidepost fork: expected a job file and a transcript file, got " + args.length
                    + " arguments");
            System.exit(2);
        }
        Optional<GoalJob> job;
        try {
            job = GoalJob.decode(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            job = Optional.empty();
        }
        if (job.isEmpty()) {
            System.err.println("guidepost fork: cannot read the job file " + args[0]);
            System.exit(2);
        }
        try {
            AtomicFile.write(Path.of(args[1]), run(job.get()).encode());
        } catch (IOException | RuntimeException | Error e) {
            // one line for the goal's message (an OutOfMemoryError too), not a stack trace
            System.err.println("guidepost fork: " + e);
            System.exit(1);
        }
        System.exit(0);
    }

    private static Transcript run(GoalJob job) {
        Guidepost guidepost = Guidepost.standard();
        if (job.fix().isPresent()) {
            return GoalTask.fix(guidepost, job);
        }
        GoalTask.Checked checked = GoalTask.check(guidepost, job);
        GoalMemo.save(job, checked);
        return checked.transcript();
    }
}
