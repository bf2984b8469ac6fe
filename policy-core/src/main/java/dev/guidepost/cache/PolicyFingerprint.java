package dev.guidepost.cache;

import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.engine.CompiledRule;
import dev.guidepost.engine.FileRuleLogic;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.YamlNode;
import java.nio.charset.StandardCharsets;

/**
 * Everything in a compiled policy that the file rules' results depend on, as one hash: each file
 * rule's id, target, severity, message, fix hint, file selection and options (the options as the
 * YAML tree they were written as, positions left out). Changing any of them, in the policy file or in
 * a pack it extends, gives another fingerprint.
 */
public final class PolicyFingerprint {

    private PolicyFingerprint() {
    }

    public static String of(CompiledPolicy policy) {
        StringBuilder out = new StringBuilder();
        for (CompiledRule rule : policy.rules()) {
            if (!(rule.logic() instanceof FileRuleLogic)) {
                continue;
            }
            RuleDefinition d = rule.definition();
            out.append("rule\u0000").append(d.id()).append('\u0000').append(d.target()).append('\u0000')
                    .append(d.severity()).append('\u0000').append(d.message()).append('\u0000').append(d.fix())
                    .append('\u0000').append(d.selector()).append('\u0000');
            canonical(d.options(), out);
            out.append('\n');
        }
        return ResultCache.sha256Hex(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void canonical(YamlNode node, StringBuilder out) {
        if (node instanceof YamlNode.Scalar scalar) {
            out.append(scalar.quoted() ? "q" : "s").append(scalar.text().length()).append(':').append(scalar.text());
        } else if (node instanceof YamlNode.Sequence sequence) {
            out.append('[');
            sequence.items().forEach(item -> {
                canonical(item, out);
                out.append(',');
            });
            out.append(']');
        } else if (node instanceof YamlNode.Mapping mapping) {
            out.append('{');
            mapping.entries().forEach((key, entry) -> {
                out.append(key.length()).append(':').append(key).append('=');
                canonical(entry.value(), out);
                out.append(',');
            });
            out.append('}');
        } else if (node != null) {
            out.append(node);
        }
    }
}
