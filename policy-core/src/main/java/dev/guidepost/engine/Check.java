package dev.guidepost.engine;

import dev.guidepost.policy.RuleDefinition;
import java.util.Set;

/**
 * One rule target ({@code source}, {@code markdown}, {@code settings}, …): validates the options of
 * rules aimed at it and compiles them into {@link RuleLogic}. Stateless and thread-safe; register
 * each in {@link CheckRegistry#standard()}.
 */
public interface Check {

    /** The target name rules use to select this check. */
    String target();

    /** The option keys a rule of this target may have besides the common ones. */
    Set<String> optionKeys();

    /**
     * Compiles a rule. Problems with its options go to {@code context.problems()} with their
     * places; the result may then be {@code null}.
     */
    RuleLogic compile(RuleDefinition rule, CompileContext context);
}
