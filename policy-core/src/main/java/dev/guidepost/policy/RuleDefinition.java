package dev.guidepost.policy;

import java.util.List;

/**
 * A rule as the policy defines it, after packs are merged and overrides applied: its metadata,
 * the files it looks at, and the target-specific options that its check compiles.
 *
 * @param options the rule's keys other than the common ones, for the check of {@code target}
 * @param origin the pack or policy file the rule comes from
 * @param examples code or text illustrating the rule, for {@code guidepost explain}
 */
public record RuleDefinition(
        String id,
        String target,
        Severity severity,
        String title,
        String message,
        String fix,
        String rationale,
        String helpUri,
        List<String> tags,
        PathSelector selector,
        YamlNode.Mapping options,
        SourcePosition position,
        String origin,
        List<Example> examples) {

    public RuleDefinition {
        tags = List.copyOf(tags);
        examples = List.copyOf(examples);
    }

    /** A short example of what the rule flags or accepts. */
    public record Example(boolean violating, String text) {
    }

    /** The same rule with another severity, as an override sets it. */
    public RuleDefinition withSeverity(Severity newSeverity) {
        return new RuleDefinition(id, target, newSeverity, title, message, fix, rationale, helpUri, tags, selector,
                options, position, origin, examples);
    }

    /** The same rule with another selector. */
    public RuleDefinition withSelector(PathSelector newSelector) {
        return new RuleDefinition(id, target, severity, title, message, fix, rationale, helpUri, tags, newSelector,
                options, position, origin, examples);
    }

    /** The same rule with other options. */
    public RuleDefinition withOptions(YamlNode.Mapping newOptions) {
        return new RuleDefinition(id, target, severity, title, message, fix, rationale, helpUri, tags, selector,
                newOptions, position, origin, examples);
    }
}
