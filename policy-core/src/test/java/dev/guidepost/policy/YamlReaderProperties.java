package dev.guidepost.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The loader never throws anything but a policy error, whatever the text. */
class YamlReaderProperties {

    private static final PolicyLoader LOADER = new PolicyLoader(Set.of("source", "markdown"));

    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> tokens = Arbitraries.of("guidepost: 1\n", "rules:\n", "  - id: a/b\n", "    target: source\n",
                "    severity: warning\n", "scopes:\n", "  t: [\"**/x/**\"]\n", "overrides:\n", "  a/b: off\n", "- ",
                ": ", "[", "]", "{", "}", "&a ", "*a ", "!!python/object:os.system ", "\t", "'", "\"", "\n", "x", "#");
        return tokens.list().ofMaxSize(25).map(list -> String.join("", list));
    }

    @Property(tries = 300)
    void loadingNeverThrowsAnythingButPolicyException(@ForAll("yamlish") String text) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("policy", ".yaml");
        try {
            java.nio.file.Files.writeString(file, text);
            try {
                LOADER.load(new PolicySource.File(file, "p.yaml"));
            } catch (PolicyException e) {
                assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.position().file()).isEqualTo("p.yaml"));
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
