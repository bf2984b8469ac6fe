package dev.guidepost.cli;

/** The exit codes of the guidepost command. */
public enum ExitCode {
    /** Nothing at or above the fail level. */
    OK(0),
    /** Findings at or above the fail level (or failing fixtures for {@code guidepost test}). */
    FINDINGS(1),
    /** A usage error, a policy error, or a repository that cannot be read. */
    ERROR(2),
    /**
     * The check ran but is incomplete: a rule failed on some file (an exception in the rule or its
     * parser); the report names each in a note and keeps every other finding.
     */
    INCOMPLETE(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
