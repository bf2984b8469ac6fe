package dev.guidepost.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.re2j.PatternSyntaxException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PolicyRegexTest {

    private static String nested(int depth) {
        return "(".repeat(depth) + "a" + ")".repeat(depth);
    }

    @Test
    void groupsNestedDeeperThanTheLimitAreAnErrorNotAStackOverflow() {
        assertThatThrownBy(() -> PolicyRegex.compile(nested(50_000)))
                .isInstanceOf(PatternSyntaxException.class)
                .hasMessageContaining("nested more than 250 deep");
    }

    @Test
    void theDeepestAcceptedRegexCompilesOnASmallStack() throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                assertThat(PolicyRegex.compile(nested(PolicyRegex.MAX_NESTING)).matcher("xay").find()).isTrue();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertThat(failure.get()).isNull();
    }

    @Test
    void depthSkipsEscapesQuotedTextAndClasses() {
        assertThat(PolicyRegex.groupDepth("a(b(c))")).isEqualTo(2);
        assertThat(PolicyRegex.groupDepth("\\(\\(x")).isZero();
        assertThat(PolicyRegex.groupDepth("[((]x")).isZero();
        assertThat(PolicyRegex.groupDepth("[]((]x")).isZero();
        assertThat(PolicyRegex.groupDepth("[[:alpha:](]x")).isZero();
        assertThat(PolicyRegex.groupDepth("\\Q((\\E(x)")).isEqualTo(1);
    }
}
