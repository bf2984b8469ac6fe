/**
 * Edits of a repository's files: {@link dev.guidepost.edit.FileChange} (a file's new text with the
 * text it replaces), {@link dev.guidepost.edit.UnifiedDiff} (a change as a unified diff) and the
 * writer and JSON insertion behind {@code guidepost init} and {@code check --fix}. Apart from
 * {@code FileChange} and {@code UnifiedDiff}, internal: types may change in any release.
 */
package dev.guidepost.edit;
