/**
 * The {@code command} target: rules about the shell commands an assistant runs, judged before
 * Claude Code runs them ({@code guidepost hook}).
 *
 * <p><strong>Internal:</strong> not part of Guidepost's public API (see docs/api.md); its types
 * may change in any release.
 */
package dev.guidepost.check.command;
