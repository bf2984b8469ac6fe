/**
 * Guidepost's public API: {@link dev.guidepost.Guidepost} loads a policy and checks a repository
 * described by a {@link dev.guidepost.CheckRequest}, and returns a {@link dev.guidepost.report.Report}
 * (or a {@link dev.guidepost.CheckResult} with timing). Together with the packages
 * {@link dev.guidepost.report} and {@link dev.guidepost.policy} (the types named in docs/api.md),
 * this is what other Java tools may depend on; every other package is internal.
 */
package dev.guidepost;
