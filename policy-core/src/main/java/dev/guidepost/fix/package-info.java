/**
 * {@code guidepost check --fix}: turns what the checks find into edits ({@link dev.guidepost.edit.FileChange}s)
 * that close it, applies them atomically or shows them as unified diffs, and reports what is left.
 */
package dev.guidepost.fix;
