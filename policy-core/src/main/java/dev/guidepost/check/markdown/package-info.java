/**
 * The {@code markdown} target: rules about CLAUDE.md and other instruction files.
 *
 * <p><strong>Internal:</strong> not part of Guidepost's public API (see docs/api.md); its types
 * may change in any release.
 */
package dev.guidepost.check.markdown;
