/**
 * The {@code settings} target: rules about Claude Code settings files and permissions.
 *
 * <p><strong>Internal:</strong> not part of Guidepost's public API (see docs/api.md); its types
 * may change in any release.
 */
package dev.guidepost.check.settings;
