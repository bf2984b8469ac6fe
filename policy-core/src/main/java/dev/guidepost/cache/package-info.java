/**
 * The result cache that lets a run reuse the findings of unchanged files.
 *
 * <p><strong>Internal:</strong> not part of Guidepost's public API (see docs/api.md); its types
 * may change in any release.
 */
package dev.guidepost.cache;
