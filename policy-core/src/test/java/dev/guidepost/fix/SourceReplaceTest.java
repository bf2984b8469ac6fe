package dev.guidepost.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.CheckRequest;
import dev.guidepost.FixMode;
import dev.guidepost.FixResult;
import dev.guidepost.Guidepost;
import dev.guidepost.policy.PolicyException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReplaceTest {

    private static final String POLICY = """
            guidepost: 1
            name: acme
            rules:
              - id: acme/no-print
                target: source
                match: { pattern: "print($$$ARGS)" }
                replace: "logger.info($$$ARGS)"
                message: print
              - id: acme/old-call
                target: source
                match: { pattern: "old($X)" }
                replace: "new($X)"
                message: old
            """;

    private static FixResult fix(Path root, boolean unsafe) {
        return Guidepost.standard().fix(CheckRequest.of(root).withThreads(1), new FixMode(true, unsafe));
    }

    @Test
    void replacesMatchesWithTheTemplateOnlyWithUnsafeFixes(@TempDir Path root) {
        FixRepo.write(root, "guidepost.yaml", POLICY);
        String code = "def f(x):\n    print(\"x is\", x)  # note\n    return x\n";
        FixRepo.write(root, "app.py", code);

        FixResult safe = fix(root, false);
        assertThat(FixRepo.read(root, "app.py")).isEqualTo(code);
        assertThat(safe.plan().notes()).containsExactly(
                "acme/no-print: 1 finding has a replacement that changes code; --unsafe-fixes applies it");

        FixResult unsafe = fix(root, true);
        assertThat(FixRepo.read(root, "app.py")).isEqualTo("def f(x):\n    logger.info(\"x is\", x)  # note\n    return x\n");
        assertThat(unsafe.fixed()).isEqualTo(1);
        assertThat(unsafe.after().findings()).isEmpty();
        assertThat(fix(root, true).plan().changes()).isEmpty();
    }

    @Test
    void nestedMatchesAreReplacedOverSeveralPasses(@TempDir Path root) {
        FixRepo.write(root, "guidepost.yaml", POLICY);
        FixRepo.write(root, "app.py", "y = old(old(old(1)))\n");

        FixResult result = fix(root, true);

        assertThat(FixRepo.read(root, "app.py")).isEqualTo("y = new(new(new(1)))\n");
        assertThat(result.plan().changes()).singleElement().satisfies(c -> {
            assertThat(c.before()).contains("y = old(old(old(1)))\n");
            assertThat(c.after()).isEqualTo("y = new(new(new(1)))\n");
        });
        assertThat(result.after().findings()).isEmpty();
    }

    @Test
    void aMultiLineTemplateTakesTheIndentationOfTheMatch(@TempDir Path root) {
        FixRepo.write(root, "guidepost.yaml", """
                guidepost: 1
                name: acme
                rules:
                  - id: acme/guard
                    target: source
                    match: { pattern: "risky($X)" }
                    replace: "if $X:\\n    risky($X)"
                    message: guard it
                """);
        FixRepo.write(root, "app.py", "def f(a):\n    if True:\n        risky(a)\n");

        fix(root, true);

        // the new code matches the rule again: one pass, so that a fix never feeds on its own output
        assertThat(FixRepo.read(root, "app.py")).isEqualTo("def f(a):\n    if True:\n        if a:\n            risky(a)\n");
    }

    @Test
    void aSuppressedFindingIsLeftAsItIs(@TempDir Path root) {
        FixRepo.write(root, "guidepost.yaml", POLICY);
        String code = "print(1)  # guidepost: ignore[acme/no-print] the CLI's output\nprint(2)\n";
        FixRepo.write(root, "app.py", code);

        fix(root, true);

        assertThat(FixRepo.read(root, "app.py"))
                .isEqualTo("print(1)  # guidepost: ignore[acme/no-print] the CLI's output\nlogger.info(2)\n");
    }

    @Test
    void keepsAByteOrderMark(@TempDir Path root) {
        FixRepo.write(root, "guidepost.yaml", POLICY);
        FixRepo.write(root, "app.py", "\uFEFFx = old(1)\n");

        fix(root, true);

        assertThat(FixRepo.read(root, "app.py")).isEqualTo("\uFEFFx = new(1)\n");
    }

    @Test
    void aTemplateNamingAnUnboundMetavariableIsAPolicyError(@TempDir Path root) {
        FixRepo.write(root, "guidepost.yaml", POLICY.replace("replace: \"new($X)\"", "replace: \"new($Y)\""));
        FixRepo.write(root, "app.py", "x = 1\n");

        assertThatThrownBy(() -> fix(root, true)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("guidepost.yaml:12:")
                .hasMessageContaining("replace uses $Y, which the rule's match never binds");
    }

    @Test
    void aMalformedReplaceIsAPolicyError(@TempDir Path root) {
        FixRepo.write(root, "guidepost.yaml", POLICY.replace("replace: \"new($X)\"", "replace: { regex: '(' , with: x }"));

        assertThatThrownBy(() -> Guidepost.standard().policy(CheckRequest.of(root))).isInstanceOf(PolicyException.class)
                .hasMessageContaining("invalid regex in replace");
    }
}
