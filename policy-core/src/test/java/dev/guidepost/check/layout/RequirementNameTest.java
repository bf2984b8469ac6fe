package dev.guidepost.check.layout;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RequirementNameTest {

    @Test
    void normalisesCaseAndSeparatorRunsAsPep503Says() {
        assertThat(RequirementName.normalise("Django-REST-framework")).isEqualTo("django-rest-framework");
        assertThat(RequirementName.normalise("django_rest.._framework")).isEqualTo("django-rest-framework");
        assertThat(RequirementName.normalise("djangorestframework")).isEqualTo("djangorestframework");
    }

    @Test
    void readsTheNameAtTheStartOfARequirement() {
        assertThat(RequirementName.ofRequirement("Django>=4.2,<5")).contains("django");
        assertThat(RequirementName.ofRequirement("djangorestframework[markdown] ; python_version>'3.8'"))
                .contains("djangorestframework");
        assertThat(RequirementName.ofRequirement("pytest-django @ https://example.org/p.whl")).contains("pytest-django");
        assertThat(RequirementName.ofRequirement("  zope.interface==6")).contains("zope-interface");
        assertThat(RequirementName.ofRequirement("-r base.txt")).isEmpty();
        assertThat(RequirementName.ofRequirement("")).isEmpty();
    }

    @Property
    void spellingsThatDifferOnlyInCaseAndSeparatorsAreOneName(@ForAll("spellings") String[] pair) {
        assertThat(RequirementName.normalise(pair[0])).isEqualTo(RequirementName.normalise(pair[1]));
    }

    @Property
    void normalisingIsIdempotentAndLeavesNoSeparatorRuns(@ForAll("names") String name) {
        String once = RequirementName.normalise(name);
        assertThat(RequirementName.normalise(once)).isEqualTo(once);
        assertThat(once).doesNotContain("--", "_", ".").isLowerCase();
    }

    @Property
    void aRequirementYieldsTheNormalisedNameOfItsProject(@ForAll("names") String name,
            @ForAll("suffixes") String suffix) {
        assertThat(RequirementName.ofRequirement(name + suffix)).contains(RequirementName.normalise(name));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> separator = Arbitraries.of("-", "_", ".", "--", "_.", "");
        return Combinators.combine(word, separator, word).as((a, s, b) -> a + s + b);
    }

    @Provide
    Arbitrary<String> suffixes() {
        return Arbitraries.of("", ">=1.0", "[extra]==2", " ; python_version >= '3.9'", " @ https://x.org/a.whl", "~=3.1");
    }

    @Provide
    Arbitrary<String[]> spellings() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> separator = Arbitraries.of("-", "_", ".", "-_", "..");
        return Combinators.combine(word, separator, separator, word, Arbitraries.of(true, false))
                .as((a, s1, s2, b, upper) -> new String[] {a + s1 + b, (upper ? a.toUpperCase() : a) + s2 + b});
    }
}
