/**
 * Public API: the result of a run ({@link dev.guidepost.report.Report}, {@link
 * dev.guidepost.report.Finding}, {@link dev.guidepost.report.Location}) and its writers, one per
 * {@link dev.guidepost.report.ReportFormat}, plus {@link dev.guidepost.report.ReportMerger} for the
 * reports of a sharded run.
 */
package dev.guidepost.report;
