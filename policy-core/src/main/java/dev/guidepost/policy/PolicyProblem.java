package dev.guidepost.policy;

/** One mistake in a policy file: where it is and what was expected there. */
public record PolicyProblem(SourcePosition position, String message) implements Comparable<PolicyProblem> {

    @Override
    public int compareTo(PolicyProblem other) {
        int byFile = position.file().compareTo(other.position.file());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(position.line(), other.position.line());
        return byLine != 0 ? byLine : Integer.compare(position.column(), other.position.column());
    }

    @Override
    public String toString() {
        return position + ": " + message;
    }
}
