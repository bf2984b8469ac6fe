package dev.guidepost;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a hand-written {@code equals}/{@code hashCode} pair against a record's contract: a value
 * equals itself and an equal copy (with the same hash), and differs from values that differ in one
 * component, from null and from other types.
 */
public final class EqualityContract {

    private EqualityContract() {
    }

    /**
     * @param value a value
     * @param copy a value made from equal components, not the same object
     * @param others values that each differ from {@code value} in one component
     */
    public static void holds(Object value, Object copy, Object... others) {
        assertThat(copy).isNotSameAs(value);
        assertThat(value).isEqualTo(value).isEqualTo(copy).hasSameHashCodeAs(copy);
        assertThat(copy).isEqualTo(value);
        assertThat(value.equals(null)).isFalse();
        assertThat(value).isNotEqualTo(new Object());
        for (Object other : others) {
            assertThat(value).isNotEqualTo(other);
            assertThat(other).isNotEqualTo(value);
        }
    }
}
