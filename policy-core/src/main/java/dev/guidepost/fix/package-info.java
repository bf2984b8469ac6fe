/**
 * {@code guidepost check --fix}: turns what the checks find into edits ({@link dev.guidepost.edit.FileChange}s)
 * that close it (permission rules added to settings files, CLAUDE.md sections appended, source rules'
 * replacements), to be applied atomically or shown as unified diffs. Apart from
 * {@link dev.guidepost.fix.FixPlan}, which {@link dev.guidepost.FixResult} returns, internal.
 */
package dev.guidepost.fix;
