package dev.guidepost.report;

import java.time.Duration;
import java.util.Locale;

/**
 * How long a run took, and its slowest rule; kept apart from the {@link Report} so that the same
 * input still gives the same report.
 *
 * @param elapsed wall-clock time of the whole check (policy, scan, rules, report)
 * @param slowestRule the id of the rule with the most matching time, "" when no rule ran
 * @param slowestRuleTime that rule's matching time summed over the worker threads
 */
public record RunTiming(Duration elapsed, String slowestRule, Duration slowestRuleTime) {

    /** Runs at least this long name their slowest rule in the text summary. */
    public static final Duration SLOW = Duration.ofSeconds(5);

    /** True when the run took at least {@link #SLOW}. */
    public boolean slow() {
        return elapsed.compareTo(SLOW) >= 0;
    }

    /** {@code Took 12.3 s; the slowest rule was django/orm-no-raw-sql (4.1 s)}. */
    public String describe() {
        String took = "Took " + seconds(elapsed);
        return slowestRule.isEmpty() ? took
                : took + "; the slowest rule was " + slowestRule + " (" + seconds(slowestRuleTime)
                        + " summed over the worker threads)";
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
