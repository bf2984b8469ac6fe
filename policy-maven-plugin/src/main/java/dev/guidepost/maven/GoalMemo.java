package dev.guidepost.maven;

import dev.guidepost.CheckResult;
import dev.guidepost.cache.RunKey;
import dev.guidepost.cache.RunMemo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The run memo of the {@code check} goal ({@link RunMemo}, as the command line tool keeps it): a
 * check run again on an unchanged repository logs and writes what it did the first time without
 * loading the policy, scanning or starting a JVM. What the memo keeps of a run is its report files and
 * its {@link Transcript}, in the slot where the command line tool keeps what it printed.
 *
 * <p>The key is the job (every resolved parameter), the forked JVM's options and the
 * {@code guidepost.*} system properties. A check with {@code changedSince}, without the result cache,
 * or profiled ({@code guidepost.profile}) is never kept; nor is an incomplete one.
 */
final class GoalMemo {

    private GoalMemo() {
    }

    /** The key of {@code job}; empty when its result may not be kept. */
    static Optional<String> key(GoalJob job, List<String> jvmArgs, Map<String, String> guidepostProperties) {
        if (job.fix().isPresent() || job.request().cacheDirectory().isEmpty()
                || job.request().changedSince().isPresent() || guidepostProperties.containsKey(RunKey.PROFILE)) {
            return Optional.empty();
        }
        List<String> arguments = new ArrayList<>(job.fields());
        arguments.add("jvmArgs");
        arguments.addAll(jvmArgs);
        return Optional.of(RunKey.of("guidepost:check", job.request().workingDirectory(), arguments,
                new TreeMap<>(guidepostProperties)));
    }

    /**
     * The transcript of the remembered run, its report files written again where they changed; empty
     * (a miss) when there is no current memo for the job's key.
     */
    static Optional<Transcript> replay(GoalJob job) {
        if (job.memoKey().isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OptionalInt code = RunMemo.replay(job.request().cacheDirectory().get(), job.memoKey().get(), out);
            return code.isPresent() ? Transcript.decode(out.toString(StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the check runs and says what is wrong
        }
    }

    /** Keeps a finished check for a later replay, when its job has a key and it is complete. */
    static boolean save(GoalJob job, GoalTask.Checked checked) {
        Optional<CheckResult> result = checked.result();
        if (job.memoKey().isEmpty() || result.isEmpty() || result.get().inputs().isEmpty()
                || !result.get().report().complete()
                || checked.transcript().ending() == Transcript.Ending.BROKEN) {
            return false;
        }
        List<RunMemo.Output> outputs = new ArrayList<>(checked.reportFiles());
        outputs.add(new RunMemo.Printed(checked.transcript().encode()));
        Path cache = job.request().cacheDirectory().get();
        return RunMemo.save(cache, job.memoKey().get(), new RunMemo.Entry(checked.transcript().ending().ordinal(),
                outputs, result.get().inputs().get()));
    }
}
