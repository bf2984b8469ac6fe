/**
 * The repository as a set of files: scanning, ignore files, sub-projects.
 *
 * <p><strong>Internal:</strong> not part of Guidepost's public API (see docs/api.md); its types
 * may change in any release.
 */
package dev.guidepost.workspace;
