package dev.guidepost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    @Test
    void keepsRecentValuesWithinTheBudgetAndWorksOutOthersAgain() {
        List<String> computed = new ArrayList<>();
        BoundedMemo<String, String> memo = new BoundedMemo<>(10, String::length);
        java.util.function.Function<String, String> compute = key -> {
            computed.add(key);
            return key;
        };
        memo.get("aaaa", compute);
        memo.get("bbbb", compute);
        memo.get("aaaa", compute); // used again: now the most recent
        memo.get("cccc", compute); // 12 > 10: the least recently used (bbbb) goes
        memo.get("aaaa", compute);
        memo.get("bbbb", compute);
        assertThat(computed).containsExactly("aaaa", "bbbb", "cccc", "bbbb");
    }

    @Test
    void neverKeepsAValueLargerThanTheWholeBudget() {
        List<String> computed = new ArrayList<>();
        BoundedMemo<String, String> memo = new BoundedMemo<>(3, String::length);
        memo.get("long", key -> {
            computed.add(key);
            return key;
        });
        assertThat(memo.get("long", key -> {
            computed.add(key);
            return key;
        })).isEqualTo("long");
        assertThat(computed).containsExactly("long", "long");
    }
}
