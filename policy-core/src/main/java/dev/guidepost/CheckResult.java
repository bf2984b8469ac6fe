package dev.guidepost;

import dev.guidepost.report.Report;
import dev.guidepost.report.RunTiming;

/**
 * A {@link Report} with how long the run took.
 *
 * @param report what the run found
 * @param timing the run's duration and slowest rule, for people; never part of a report file
 */
public record CheckResult(Report report, RunTiming timing) {
}
