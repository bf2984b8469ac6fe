package dev.guidepost.setup;

/**
 * A question a Django project's CLAUDE.md answers, one per section {@code guidepost init}
 * writes. {@code check --fix} appends the sections of the topics a project's CLAUDE.md misses.
 */
public enum ClaudeMdTopic {
    LAYOUT,
    COMMANDS,
    DATABASE,
    QUERIES,
    TESTS,
    MIGRATIONS,
    AFTER_CHANGE,
    DRF,
    SIGNALS,
    CELERY,
    HARD_RULES
}
