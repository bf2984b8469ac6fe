package dev.guidepost.report;

/**
 * What a baseline did to a run.
 *
 * @param file the baseline file as the user named it
 * @param baselined findings left out of the report because the baseline records them
 * @param fixed baseline entries that no finding of this run matches any more (only entries in
 *     files the run looked at are counted)
 */
public record BaselineSummary(String file, int baselined, int fixed) {
}
