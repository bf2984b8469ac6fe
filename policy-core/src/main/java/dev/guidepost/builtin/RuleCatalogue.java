package dev.guidepost.builtin;

import dev.guidepost.check.source.SourceLanguage;
import dev.guidepost.policy.Policy;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the rules of a loaded policy as a Markdown catalogue: a summary table and a section per
 * rule (severity, target, tags, title, rationale, fix, examples), grouped by the pack or file that
 * defines each rule, in policy order. {@code docs/rules.md} is this text for {@code builtin:django},
 * so the catalogue cannot drift from the packs. The output depends only on the policy: same
 * policy, same bytes.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    /** The catalogue of every active rule of {@code policy}. */
    public static String markdown(Policy policy) {
        Map<String, List<RuleDefinition>> byOrigin = new LinkedHashMap<>();
        for (RuleDefinition rule : policy.rules()) {
            byOrigin.computeIfAbsent(rule.origin(), o -> new ArrayList<>()).add(rule);
        }
        StringBuilder out = new StringBuilder();
        out.append("# Rule catalogue: ").append(policy.name()).append("\n\n");
        out.append("<!-- Generated from the policy by dev.guidepost.builtin.RuleCatalogue: do not edit by hand. -->\n\n");
        out.append(policy.rules().size()).append(policy.rules().size() == 1 ? " rule" : " rules")
                .append(", grouped by the pack or policy file that defines them.\n");
        for (Map.Entry<String, List<RuleDefinition>> group : byOrigin.entrySet()) {
            out.append("\n## ").append(group.getKey()).append("\n\n");
            out.append("| rule | severity | target | title |\n|---|---|---|---|\n");
            for (RuleDefinition rule : group.getValue()) {
                out.append("| [`").append(rule.id()).append("`](#").append(anchor(rule.id())).append(") | ")
                        .append(rule.severity().label()).append(" | ").append(rule.target()).append(" | ")
                        .append(cell(rule.title())).append(" |\n");
            }
            for (RuleDefinition rule : group.getValue()) {
                section(rule, out);
            }
        }
        return out.toString();
    }

    private static void section(RuleDefinition rule, StringBuilder out) {
        out.append("\n### `").append(rule.id()).append("`\n\n");
        out.append("**").append(paragraph(rule.title())).append("**\n\n");
        out.append("Severity `").append(rule.severity().label()).append("` · target `").append(rule.target())
                .append('`');
        if (!rule.tags().isEmpty()) {
            out.append(" · tags ").append(String.join(", ", rule.tags().stream().map(t -> "`" + t + "`").toList()));
        }
        out.append("\n");
        if (!rule.rationale().isBlank()) {
            out.append("\n").append(paragraph(rule.rationale())).append("\n");
        }
        if (!rule.fix().isBlank()) {
            out.append("\n**Fix:** ").append(paragraph(rule.fix())).append("\n");
        }
        if (!rule.helpUri().isBlank()) {
            out.append("\nMore: <").append(rule.helpUri().strip()).append(">\n");
        }
        String language = exampleLanguage(rule);
        for (RuleDefinition.Example example : rule.examples()) {
            String text = example.text().stripTrailing();
            String fence = text.contains("```") ? "````" : "```";
            out.append("\n").append(example.violating() ? "Reported:" : "Accepted:").append("\n\n")
                    .append(fence).append(language).append("\n").append(text).append("\n").append(fence).append("\n");
        }
    }

    /** The fenced-code language of a rule's examples: the source language, or markdown. */
    private static String exampleLanguage(RuleDefinition rule) {
        return switch (rule.target()) {
            case "source" -> rule.options().get("language")
                    .filter(YamlNode.Scalar.class::isInstance)
                    .flatMap(node -> SourceLanguage.byName(((YamlNode.Scalar) node).text()))
                    .map(SourceLanguage::id).orElse("python");
            case "markdown" -> "markdown";
            default -> "";
        };
    }

    /** A GitHub heading anchor: lower case, punctuation other than '-' and '_' dropped. */
    static String anchor(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }

    /** Plain text as one Markdown paragraph: line breaks joined, Markdown syntax characters escaped. */
    static String paragraph(String text) {
        String joined = text.strip().replaceAll("\\s*\\n\\s*", " ");
        StringBuilder out = new StringBuilder(joined.length());
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            boolean intraword = c == '_' && i > 0 && i + 1 < joined.length()
                    && Character.isLetterOrDigit(joined.charAt(i - 1)) && Character.isLetterOrDigit(joined.charAt(i + 1));
            if ("\\`*_[]<>".indexOf(c) >= 0 && !intraword) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String cell(String text) {
        return paragraph(text).replace("|", "\\|");
    }
}
