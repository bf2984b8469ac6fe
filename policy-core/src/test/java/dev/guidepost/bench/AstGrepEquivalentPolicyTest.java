package dev.guidepost.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.policy.RuleDefinition;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code bench/astgrep-equivalent.yaml} switches every rule of the pack off but the ten that have an
 * ast-grep counterpart in the benchmark. A rule added to the pack later runs there too unless the
 * policy turns it off, and the side-by-side numbers would silently measure more than ast-grep does.
 */
class AstGrepEquivalentPolicyTest {

    @Test
    void runsExactlyTheTenRulesAstGrepRunsToo() {
        var policy = Guidepost.standard()
                .policy(CheckRequest.of(Path.of("..")).withPolicy("../bench/astgrep-equivalent.yaml"))
                .policy();
        assertThat(policy.rules()).extracting(RuleDefinition::id)
                .as("add an 'off' override in bench/astgrep-equivalent.yaml for each new rule of builtin:django")
                .containsExactlyInAnyOrder(
                        "django/no-print",
                        "django/no-bare-except",
                        "django/signal-connect-in-ready",
                        "django/signal-dispatch-uid",
                        "django/serializer-no-depth",
                        "django/admin-explicit-modeladmin",
                        "django/test-no-debug-check",
                        "django/db-mark-not-class-level",
                        "django/test-no-debug-override",
                        "django/test-no-settings-import");
    }
}
