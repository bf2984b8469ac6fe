package dev.guidepost.engine;

import dev.guidepost.policy.Options;
import dev.guidepost.policy.RuleDefinition;
import java.util.Set;

/**
 * One rule target ({@code source}, {@code markdown}, {@code settings}, …): validates the options of
 * rules aimed at it and compiles them into {@link RuleLogic}. Stateless and thread-safe; register
 * each in {@code Guidepost.standardChecks()}.
 */
public interface Check {

    /** The target name rules use to select this check. */
    String target();

    /**
     * The options a rule of this target may have besides the common ones, declared once: the key
     * list, the "expected one of" messages and the option table in {@code docs/} come from them.
     */
    Options options();

    /** The option keys a rule of this target may have besides the common ones. */
    default Set<String> optionKeys() {
        return options().keys();
    }

    /**
     * Compiles a rule. Problems with its options go to {@code context.problems()} with their
     * places; the result may then be {@code null}.
     */
    RuleLogic compile(RuleDefinition rule, CompileContext context);
}
