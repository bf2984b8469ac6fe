package dev.guidepost.check.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The token-stream reader gives the values Jackson's TomlMapper binds to a map, and reads a damaged file as empty. */
class TomlDocumentTest {

    private static final TomlMapper MAPPER = new TomlMapper();

    private static Map<String, Object> bound(String text) {
        try {
            Map<String, Object> root = MAPPER.readValue(text, new TypeReference<Map<String, Object>>() { });
            return root == null ? Map.of() : root;
        } catch (java.io.IOException | RuntimeException e) {
            return Map.of();
        }
    }

    @Test
    void readsWhatTheMapperBinds() {
        String pyproject = """
                [project]
                name = "shop"
                dependencies = ["django>=4.2", 'djangorestframework ~= 3.14', "celery[redis]"]
                [project.optional-dependencies]
                dev = ["pytest", "pytest-django"]
                [tool.poetry.dependencies]
                python = "^3.11"
                Django = { version = "^4.2", extras = ["argon2"] }
                [tool.pytest.ini_options]
                DJANGO_SETTINGS_MODULE = "shop.settings"
                addopts = ["--reuse-db", "-q"]
                minversion = 6.0
                timeout = 30
                big = 12345678901234
                strict = true
                when = 1979-05-27T07:32:00Z
                day = 1979-05-27
                inf = inf
                [[tool.hatch.envs]]
                name = "a"
                [[tool.hatch.envs]]
                name = "b"
                empty = []
                nested = [[1, 2], ["a"]]
                """;
        TomlDocument document = TomlDocument.parse(pyproject);
        assertThat(document.root()).isEqualTo(bound(pyproject));
        assertThat(document.value("tool.pytest.ini_options.minversion").map(String::valueOf)).contains("6.0");
        assertThat(TomlDocument.strings(document.value("project.dependencies").orElseThrow())).hasSize(3);
    }

    @Test
    void aDamagedOrEmptyFileReadsAsEmpty() {
        for (String text : List.of("", "   \n# only a comment\n", "[project\nname = ", "a = 1\na = 2\n", "= x",
                "[a]\nb = \"unterminated\n")) {
            assertThat(TomlDocument.parse(text).root()).as(text).isEqualTo(bound(text)).isEmpty();
        }
    }

    @Property(tries = 300)
    void agreesWithTheMapperOnGeneratedDocuments(@ForAll("documents") String text) {
        assertThat(TomlDocument.parse(text).root()).as(text).isEqualTo(bound(text));
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> line = Arbitraries.of("[project]", "[tool.pytest.ini_options]", "[[tool.envs]]", "[a.b]",
                "name = \"x\"", "deps = [\"django\", \"pytest>=7\"]", "n = 3", "f = 1.5", "t = true", "d = 2024-01-02",
                "inline = { a = 1, b = [\"c\"] }", "a.b.c = 'd'", "empty = []", "x = \"\"\"multi\nline\"\"\"",
                "bad = ", "[broken", "k = 'v' # comment", "# comment", "");
        return line.list().ofMaxSize(8).map(lines -> String.join("\n", lines) + "\n");
    }
}
