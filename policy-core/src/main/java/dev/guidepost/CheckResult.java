package dev.guidepost;

import dev.guidepost.report.Report;
import dev.guidepost.report.RunTiming;
import java.util.Optional;

/**
 * A {@link Report} with how long the run took.
 *
 * @param report what the run found
 * @param timing the run's duration and slowest rule, for people; never part of a report file
 * @param inputs everything the report depended on, when the run can tell (a run that loaded its
 *     own policy and compared no git revision); what a run memo needs to know when it is stale
 */
public record CheckResult(Report report, RunTiming timing, Optional<RunInputs> inputs) {

    /** A result that does not say what it depended on. */
    public CheckResult(Report report, RunTiming timing) {
        this(report, timing, Optional.empty());
    }
}
