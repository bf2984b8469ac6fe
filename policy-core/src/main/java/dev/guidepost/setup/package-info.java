/**
 * {@code guidepost init}: the facts of each Django project and the CLAUDE.md and settings written
 * from them, also used by {@code check --fix}. Internal: types may change in any release.
 */
package dev.guidepost.setup;
