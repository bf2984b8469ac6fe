package dev.guidepost.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What {@link YamlReader} makes of broken and hostile policy files, and of scalars YAML would give a
 * type: every problem at its place, every scalar as its text.
 */
class YamlReaderTest {

    private static List<String> problems(String text) {
        Problems problems = new Problems();
        assertThat(YamlReader.read("p.yaml", text, problems)).isEmpty();
        return problems.list().stream().map(p -> p.position().line() + ":" + p.position().column() + " " + p.message())
                .toList();
    }

    @Test
    void hostileDocumentsAreRefusedWithTheLimitNamed() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char name = 'b'; name <= 'f'; name++) {
            char previous = (char) (name - 1);
            bomb.append(name).append(": &").append(name).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }
        assertThat(problems(bomb.toString())).singleElement().asString()
                .contains("Number of aliases for non-scalar nodes exceeds the specified max=20");
        assertThat(problems("x: " + "[".repeat(200) + "]".repeat(200) + "\n")).singleElement().asString()
                .contains("Nesting Depth exceeded max 64");
    }

    @Test
    void syntaxErrorsArePlacedWhereTheyAre() {
        assertThat(problems("guidepost: 1\nname: \"unclosed\n")).containsExactly(
                "3:1 invalid YAML: found unexpected end of stream");
        assertThat(problems("guidepost: 1\n\tname: tab\n")).containsExactly(
                "2:1 invalid YAML: a tab in the indentation: YAML is indented with spaces only");
        assertThat(problems("guidepost: 1\nname: a\n---\nguidepost: 1\n")).singleElement().asString()
                .startsWith("3:1 invalid YAML: ").contains("but found another document");
    }

    @Test
    void keysAPolicyCannotHaveAreProblems() {
        Problems problems = new Problems();
        YamlReader.read("p.yaml", "guidepost: 1\nname: d\nname: e\n? [a, b]\n: c\nbase: &b {x: 1}\nother:\n  <<: *b\n",
                problems);
        assertThat(problems.list()).extracting(p -> p.position().line() + ":" + p.position().column() + " " + p.message())
                .containsExactly("3:1 duplicate key 'name' (first at line 2)",
                        "4:3 expected a plain key, found a complex key",
                        "8:3 merge keys (<<) are not supported in policies");
    }

    @Test
    void everyScalarIsReadAsItsText() {
        Problems problems = new Problems();
        Optional<YamlNode> read = YamlReader.read("p.yaml",
                "version: 1.0\nflag: yes\nnothing: null\nwhen: 2001-12-14\ntagged: !!str 12\nquoted: '1.0'\n", problems);
        assertThat(problems.list()).isEmpty();
        YamlNode.Mapping mapping = (YamlNode.Mapping) read.orElseThrow();
        assertThat(mapping.entries().values()).extracting(e -> ((YamlNode.Scalar) e.value()).text())
                .containsExactly("1.0", "yes", "null", "2001-12-14", "12", "1.0");
        assertThat(((YamlNode.Scalar) mapping.get("nothing").orElseThrow()).isNull()).isTrue();
        assertThat(((YamlNode.Scalar) mapping.get("quoted").orElseThrow()).quoted()).isTrue();
        assertThat(((YamlNode.Scalar) mapping.get("version").orElseThrow()).quoted()).isFalse();
    }
}
