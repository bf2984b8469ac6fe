package dev.guidepost.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a policy while it is loaded, so that a user sees all of them at once,
 * as a compiler reports every error of a file. Used by one loading thread only.
 */
public final class Problems {

    private final List<PolicyProblem> problems = new ArrayList<>();

    public void add(SourcePosition position, String message) {
        problems.add(new PolicyProblem(position, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    public List<PolicyProblem> list() {
        return List.copyOf(problems);
    }

    /** Throws a {@link PolicyException} with everything collected, if anything was. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
    }
}
