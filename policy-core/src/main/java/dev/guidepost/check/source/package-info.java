/**
 * The {@code source} target: pattern rules over syntax trees (tree-sitter).
 *
 * <p><strong>Internal:</strong> not part of Guidepost's public API (see docs/api.md); its types
 * may change in any release.
 */
package dev.guidepost.check.source;
