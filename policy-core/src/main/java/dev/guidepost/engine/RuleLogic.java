package dev.guidepost.engine;

/** The compiled, executable part of a rule: per file, over the whole workspace, or on a shell command. */
public sealed interface RuleLogic permits FileRuleLogic, WorkspaceRuleLogic, CommandRuleLogic {

    /**
     * What the logic asks of the project facts ({@link FileSubject#facts()},
     * {@link WorkspaceSubject#facts()}); by default nothing.
     */
    default dev.guidepost.facts.ProjectFacts.Demand factDemand() {
        return dev.guidepost.facts.ProjectFacts.Demand.NONE;
    }
}
