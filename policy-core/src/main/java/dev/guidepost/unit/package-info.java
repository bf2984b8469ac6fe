/**
 * The units a rule runs for: projects, apps and the facts about them.
 *
 * <p><strong>Internal:</strong> not part of Guidepost's public API (see docs/api.md); its types
 * may change in any release.
 */
package dev.guidepost.unit;
