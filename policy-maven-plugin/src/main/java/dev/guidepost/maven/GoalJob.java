package dev.guidepost.maven;

import dev.guidepost.CheckRequest;
import dev.guidepost.FixMode;
import dev.guidepost.policy.Severity;
import dev.guidepost.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One run of a goal, everything resolved: what {@link GoalTask} carries out, in Maven's JVM or in a
 * forked one, which reads it from the file {@link #encode} wrote. Free of Maven's types, so the forked
 * JVM needs none of Maven's classes.
 *
 * @param fix for the {@code fix} goal, how to fix; empty for {@code check}
 * @param request what the library is asked to check
 * @param failOn the least severe finding that fails the build; empty: never
 * @param formats the report files to write, in order
 * @param outputDirectory where the report files go
 * @param consoleOutput whether findings are logged
 * @param memoKey the run memo key the result is kept under ({@link GoalMemo}); empty: not kept
 */
public record GoalJob(Optional<FixMode> fix, CheckRequest request, Optional<Severity> failOn,
        List<ReportFormat> formats, Path outputDirectory, boolean consoleOutput, Optional<String> memoKey) {

    private static final String FORMAT = "guidepost-job/1";

    public GoalJob {
        formats = List.copyOf(formats);
    }

    /** This job, its result kept in the run memo under {@code key}. */
    GoalJob withMemoKey(Optional<String> key) {
        return new GoalJob(fix, request, failOn, formats, outputDirectory, consoleOutput, key);
    }

    /** Everything that decides what the job logs and writes, as fields (the memo key is made of them). */
    List<String> fields() {
        return writer().fields();
    }

    /** The text form, read back by {@link #decode}. */
    String encode() {
        return writer().optional(memoKey).add(FORMAT).text();
    }

    private Fields.Writer writer() {
        CheckRequest r = request;
        return new Fields.Writer().add(FORMAT)
                .optional(fix.map(m -> (m.write() ? "write" : "preview") + (m.unsafe() ? ",unsafe" : "")))
                .add(r.root().toString())
                .optional(r.policy())
                .add(r.workingDirectory().toString())
                .list(r.paths())
                .list(r.includes())
                .list(r.excludes())
                .optional(r.userSettings())
                .optional(r.baseline())
                .optional(r.changedSince())
                .add(String.valueOf(r.threads()))
                .optional(r.cacheDirectory())
                .optional(failOn.map(Severity::name))
                .list(formats.stream().map(ReportFormat::name).toList())
                .add(outputDirectory.toString())
                .add(String.valueOf(consoleOutput));
    }

    /** The job {@code text} holds; empty when it is not one whole job. */
    static Optional<GoalJob> decode(String text) {
        Optional<Fields.Reader> record = Fields.record(text, FORMAT);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        try {
            Fields.Reader in = record.get();
            Optional<FixMode> fix = in.optional().map(m -> new FixMode(m.startsWith("write"), m.endsWith(",unsafe")));
            Path root = Path.of(in.next());
            Optional<String> policy = in.optional();
            CheckRequest request = CheckRequest.of(root)
                    .withPolicy(policy.orElse(null))
                    .withWorkingDirectory(Path.of(in.next()))
                    .withPaths(in.list())
                    .withIncludes(in.list())
                    .withExcludes(in.list())
                    .withUserSettings(in.optional().map(Path::of).orElse(null))
                    .withBaseline(in.optional().map(Path::of).orElse(null))
                    .withChangedSince(in.optional().orElse(null))
                    .withThreads(Integer.parseInt(in.next()))
                    .withCache(in.optional().map(Path::of).orElse(null));
            Optional<Severity> failOn = in.optional().map(Severity::valueOf);
            List<ReportFormat> formats = in.list().stream().map(ReportFormat::valueOf).toList();
            Path output = Path.of(in.next());
            String console = in.next();
            Optional<String> key = in.optional();
            if (!in.next().equals(FORMAT) || !in.done() || !(console.equals("true") || console.equals("false"))) {
                return Optional.empty();
            }
            return Optional.of(new GoalJob(fix, request, failOn, formats, output, Boolean.parseBoolean(console), key));
        } catch (IllegalArgumentException e) { // a bad number, name or path too
            return Optional.empty();
        }
    }
}
