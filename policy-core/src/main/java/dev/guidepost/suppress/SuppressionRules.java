package dev.guidepost.suppress;

import dev.guidepost.policy.PathSelector;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.Severity;
import dev.guidepost.policy.SourcePosition;
import dev.guidepost.policy.YamlNode;
import java.util.List;

/**
 * Guidepost's own rules about inline suppressions. They are always active and are listed in
 * every report so that SARIF and JUnit consumers know them.
 */
public final class SuppressionRules {

    /** A suppression that names an unknown rule, is malformed, or suppresses nothing. */
    public static final String UNUSED = "guidepost/unused-suppression";

    /** A suppression that gives no reason. */
    public static final String WITHOUT_REASON = "guidepost/suppression-without-reason";

    private static final SourcePosition BUILT_IN = SourcePosition.ofFile("guidepost");

    private SuppressionRules() {
    }

    /** Both rules, sorted by id. */
    public static List<RuleDefinition> definitions() {
        return List.of(
                rule(WITHOUT_REASON, "Every inline suppression says why",
                        "An ignore comment without a reason",
                        "Write the reason after the brackets: guidepost: ignore[rule-id] why this case is acceptable",
                        "A suppression is a decision someone made about one place in the code. Without the reason, "
                                + "the next reader (or assistant) cannot tell whether it still holds or was a shortcut."),
                rule(UNUSED, "Every inline suppression suppresses something",
                        "An ignore comment that suppresses nothing",
                        "Remove the comment, or fix the rule id it names",
                        "A suppression that matches no finding is noise at best; at worst a misspelt rule id "
                                + "makes someone believe a finding is handled when it is not."));
    }

    private static RuleDefinition rule(String id, String title, String message, String fix, String rationale) {
        return new RuleDefinition(id, "guidepost", Severity.WARNING, title, message, fix, rationale, "",
                List.of("guidepost", "suppression"), PathSelector.all(), YamlNode.Mapping.empty(BUILT_IN), BUILT_IN,
                "guidepost", List.of());
    }
}
