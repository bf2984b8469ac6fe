/**
 * Answers Claude Code's hook events with the policy: before a Bash command, after a file edit,
 * and before the assistant stops ({@link dev.guidepost.hook.HookResponder}); front-ends such as
 * {@code guidepost hook} only move the bytes.
 */
package dev.guidepost.hook;
