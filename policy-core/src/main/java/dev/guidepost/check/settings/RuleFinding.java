package dev.guidepost.check.settings;

/** A problem found on one rule entry by looking at several entries together (duplicates, shadowing). */
public record RuleFinding(RuleEntry entry, SettingsProblem problem) {
}
