package dev.guidepost.engine;

import java.time.Duration;

/**
 * How long one rule took in a run: its matching time summed over the worker threads, parsing not
 * counted.
 */
public record RuleTime(String ruleId, Duration time) {
}
