package dev.guidepost.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written scans of the class reader find what the regexes they replace find. */
class PythonClassesProperties {

    private static final Pattern READ = Pattern.compile("\\.(\\w+)");

    @Property(tries = 1000)
    void attributeReadsAreTheNamesAfterEachDot(@ForAll("code") String code) {
        Set<String> expected = new LinkedHashSet<>();
        Matcher read = READ.matcher(code);
        while (read.find()) {
            expected.add(read.group(1));
        }
        Set<String> found = new LinkedHashSet<>();
        PythonClasses.attributeReads(code, found);
        assertThat(found).containsExactlyElementsOf(expected);
    }

    /** A mention's literal test never hides a class that mentions the pattern. */
    @Property(tries = 500)
    void mentionsAreFoundWithTheirLiteralsAsWithTheRegexAlone(@ForAll("modules") String module,
            @ForAll("mentions") String mention) {
        com.google.re2j.Pattern regex = com.google.re2j.Pattern.compile(mention);
        List<ClassFact> withLiterals = PythonClasses.readClasses("m.py", module, List.of(new PythonClasses.Mention(regex)));
        List<ClassFact> regexAlone = PythonClasses.readClasses("m.py", module,
                List.of(new PythonClasses.Mention(regex, dev.guidepost.engine.Prefilter.always())));
        assertThat(withLiterals).isEqualTo(regexAlone);
    }

    @Provide
    Arbitrary<String> code() {
        return Arbitraries.strings().withChars("ab_1.Z é(),").ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> mentions() {
        return Arbitraries.of("(?i)prefetch|select_related", "\\.values(_list)?\\(", "objects\\.all");
    }

    @Provide
    Arbitrary<String> modules() {
        Arbitrary<String> line = Arbitraries.of("class A(models.Model):", "class B(A):", "    x = 1",
                "    def get(self):", "        return self.qs.select_related('a')", "        return Q.values_list('x')",
                "        return PREFETCH", "        return x.values(", "    y = Model.objects.all()", "import os",
                "        return Prefetch('a')", "    class Meta:", "        ordering = ['a']");
        return line.list().ofMaxSize(10).map(lines -> String.join("\n", lines) + "\n");
    }
}
