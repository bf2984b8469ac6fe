package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which parts of a conjunction run first: node-only tests move ahead of costlier ones, nothing else moves. */
class TestOrderTest {

    private static final RuleMatcher KIND = new RuleMatcher.KindMatcher("block");
    private static final RuleMatcher PARENT_IS_BLOCK = new RuleMatcher.Inside(KIND, null, new RuleMatcher.StopBy.Neighbor());
    private static final RuleMatcher ANY_EARLIER_CALL = new RuleMatcher.Sibling(
            new RuleMatcher.KindMatcher("call"), false, new RuleMatcher.StopBy.End());

    /** A test that reads a metavariable: never moved (a pattern, which binds, behaves the same). */
    private static RuleMatcher reading(String name) {
        return new RuleMatcher.Where(java.util.Map.of(name, KIND));
    }

    @Test
    void aCheapNodeOnlyTestMovesAheadOfAFarSearch() {
        assertThat(TestOrder.cheapFirst(List.of(ANY_EARLIER_CALL, PARENT_IS_BLOCK)))
                .containsExactly(PARENT_IS_BLOCK, ANY_EARLIER_CALL);
    }

    @Test
    void testsThatBindOrReadMetavariablesKeepTheirOrder() {
        RuleMatcher binds = reading("A");
        RuleMatcher reads = reading("B");
        assertThat(TestOrder.cheapFirst(List.of(binds, ANY_EARLIER_CALL, reads)))
                .containsExactly(binds, reads, ANY_EARLIER_CALL);
        assertThat(TestOrder.cheapFirst(List.of(reads, binds))).containsExactly(reads, binds);
    }

    @Test
    void aCheapTestGoesAheadOfAConstraintButAFarSearchDoesNot() {
        RuleMatcher binds = reading("A");
        assertThat(TestOrder.cheapFirst(List.of(binds, KIND, ANY_EARLIER_CALL)))
                .containsExactly(KIND, binds, ANY_EARLIER_CALL);
    }

    @Test
    void theOrderDoesNotChangeWhatARuleFinds() {
        String code = """
                class Customer(models.Model):
                    def __str__(self):
                        return self.name
                    name = models.CharField(max_length=10)
                    email = models.EmailField()
                """;
        // a field after a method: the sibling search is written first, the parent test second
        List<SourceMatch> matches = Rules.find("""
                any:
                  - kind: expression_statement
                follows: { stopBy: end, kind: function_definition }
                inside: { kind: block }
                """, SourceLanguage.PYTHON, code);
        assertThat(matches).extracting(m -> m.node().text())
                .containsExactly("name = models.CharField(max_length=10)", "email = models.EmailField()");
    }
}
