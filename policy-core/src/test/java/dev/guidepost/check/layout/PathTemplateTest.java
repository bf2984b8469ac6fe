package dev.guidepost.check.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.Problems;
import dev.guidepost.policy.SourcePosition;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

    private static final SourcePosition AT = new SourcePosition("p.yaml", 3, 7);

    private static PathTemplate template(String text) {
        Problems problems = new Problems();
        PathTemplate template = PathTemplate.compile(text, Set.of("project", "app", "settings"), AT, problems)
                .orElseThrow();
        assertThat(problems.isEmpty()).isTrue();
        return template;
    }

    @Test
    void resolvesPlainPathsAgainstTheUnitFolderAndPlaceholderPathsAgainstTheRoot() {
        Map<String, String> values = Map.of("project", "backend", "app", "backend/apps/shop");
        assertThat(template("api/views.py").expand("backend/apps/shop", values).orElseThrow().path())
                .isEqualTo("backend/apps/shop/api/views.py");
        assertThat(template("{project}/templates").expand("backend/apps/shop", values).orElseThrow().path())
                .isEqualTo("backend/templates");
        assertThat(template("/docs/**").expand("backend/apps/shop", values).orElseThrow().path()).isEqualTo("docs/**");
        assertThat(template("tests/").expand("", Map.of("project", "")).orElseThrow().glob().matches("tests")).isTrue();
    }

    @Test
    void aRootProjectPlaceholderLeavesAnAnchoredPath() {
        PathTemplate.Resolved resolved = template("{project}/tests/").expand("", Map.of("project", "")).orElseThrow();
        assertThat(resolved.path()).isEqualTo("tests/");
        assertThat(resolved.glob().matches("tests")).isTrue();
        assertThat(resolved.glob().matches("shop/tests")).isFalse();
    }

    @Test
    void aPlaceholderWithoutValueMakesTheTemplateInapplicable() {
        assertThat(template("{settings}/base.py").expand("", Map.of("project", ""))).isEmpty();
    }

    @Test
    void folderNamesAreMatchedLiterally() {
        PathTemplate.Resolved resolved = template("views.py").expand("odd[1]", Map.of()).orElseThrow();
        assertThat(resolved.glob().matches("odd[1]/views.py")).isTrue();
        assertThat(resolved.glob().matches("odd1/views.py")).isFalse();
        assertThat(resolved.literalPrefix()).isEmpty();
        assertThat(template("migrations/*.py").expand("a/b", Map.of()).orElseThrow().literalPrefix())
                .isEqualTo("a/b/migrations");
    }

    @Test
    void rejectsPlaceholdersTheUnitKindDoesNotHaveWithTheirPlace() {
        Problems problems = new Problems();
        assertThat(PathTemplate.compile("{app}/signals.py", Set.of("project"), AT, problems)).isEmpty();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo(AT);
            assertThat(p.message()).contains("unknown placeholder '{app}'", "{project}");
        });
    }
}
