/**
 * The engine that runs compiled rules over a workspace. {@link dev.guidepost.engine.CompiledPolicy} is handed out by {@link dev.guidepost.Guidepost#policy} as an opaque value to pass back to {@link dev.guidepost.Guidepost#check(dev.guidepost.CheckRequest, dev.guidepost.engine.CompiledPolicy)}.
 *
 * <p><strong>Internal:</strong> not part of Guidepost's public API (see docs/api.md); its types
 * may change in any release.
 */
package dev.guidepost.engine;
