package dev.guidepost.policy;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a policy cannot be used; carries every problem found, each with its place. */
public final class PolicyException extends RuntimeException {

    private final List<PolicyProblem> problems;

    public PolicyException(List<PolicyProblem> problems) {
        super(problems.stream().sorted().map(PolicyProblem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    /** The problems, sorted by file, line and column. */
    public List<PolicyProblem> problems() {
        return problems;
    }
}
