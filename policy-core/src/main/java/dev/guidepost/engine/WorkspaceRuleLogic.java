package dev.guidepost.engine;

/** Logic that looks at the workspace as a whole: layout, per-project questions, merged settings. */
public non-sealed interface WorkspaceRuleLogic extends RuleLogic {

    void check(WorkspaceSubject subject, FindingSink sink);

    /**
     * The prefilters this rule asks {@link WorkspaceSubject#mayMatch} about: the engine records
     * their words in the files it reads for file rules ({@link WordIndex}), so that the rule need not
     * read those files again to learn that they hold none of them.
     */
    default java.util.List<Prefilter> prefilters() {
        return java.util.List.of();
    }
}
