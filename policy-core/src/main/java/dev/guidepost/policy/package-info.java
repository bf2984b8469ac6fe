/**
 * Policies. Public API: {@link dev.guidepost.policy.Severity}, {@link
 * dev.guidepost.policy.RuleDefinition} (the rules a report lists), {@link
 * dev.guidepost.policy.PolicyException} with its {@link dev.guidepost.policy.PolicyProblem}s and
 * {@link dev.guidepost.policy.SourcePosition}s, and {@link dev.guidepost.policy.PolicySource}. The
 * loader and the YAML reader are internal.
 */
package dev.guidepost.policy;
