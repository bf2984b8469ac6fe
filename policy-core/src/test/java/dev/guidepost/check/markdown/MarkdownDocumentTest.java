package dev.guidepost.check.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownDocumentTest {

    private static final String TEXT = """
            # Title

            Intro with @docs/intro.md.

            ## Tests
            Run `pytest`.

            ### Running the suite
            `pytest -q`

            ## Migrations <!-- a comment -->
            Ask first.
            """;

    @Test
    void sectionRunsUntilNextHeadingOfSameOrHigherLevel() {
        MarkdownDocument doc = MarkdownDocument.parse("CLAUDE.md", TEXT);
        Section tests = doc.sections().get(1);
        assertThat(tests.heading()).isEqualTo("Tests");
        assertThat(tests.level()).isEqualTo(2);
        assertThat(tests.line()).isEqualTo(5);
        assertThat(doc.matchText(tests)).contains("pytest -q").doesNotContain("Ask first");
        Section sub = doc.sections().get(2);
        assertThat(sub.line()).isEqualTo(8);
        assertThat(doc.matchText(sub)).contains("pytest -q").doesNotContain("Migrations");
    }

    @Test
    void headingTextLeavesOutHtmlCommentsAndTheMatchTextBlanksThem() {
        MarkdownDocument doc = MarkdownDocument.parse("CLAUDE.md", TEXT);
        Section migrations = doc.sections().get(3);
        assertThat(migrations.heading()).isEqualTo("Migrations");
        assertThat(doc.matchText(migrations)).doesNotContain("comment").contains("Ask first");
        assertThat(doc.matchText()).hasSameSizeAs(doc.text());
    }

    @Test
    void theOnlyLevelOneHeadingOfAStructuredDocumentIsATitle() {
        MarkdownDocument doc = MarkdownDocument.parse("CLAUDE.md", TEXT);
        assertThat(doc.sections().get(0).title()).isTrue();
        assertThat(doc.sections().get(1).title()).isFalse();
        MarkdownDocument flat = MarkdownDocument.parse("a.md", "# Tests\nx\n# Rules\ny\n");
        assertThat(flat.sections()).noneMatch(Section::title);
    }

    @Test
    void setextHeadingsAndCodeSpansInHeadingsAreRead() {
        MarkdownDocument doc = MarkdownDocument.parse("a.md", "Intro\n\nRunning `pytest`\n----------------\nbody\n");
        assertThat(doc.sections()).singleElement().satisfies(s -> {
            assertThat(s.heading()).isEqualTo("Running pytest");
            assertThat(s.line()).isEqualTo(3);
        });
    }

    @Test
    void headingInsideACodeBlockIsNoSection() {
        MarkdownDocument doc = MarkdownDocument.parse("a.md", "```\n# not a heading\n```\n## Real\n");
        assertThat(doc.sections()).extracting(Section::heading).containsExactly("Real");
    }

    @Test
    void findsImportsInProseWithTheirPlace() {
        MarkdownDocument doc = MarkdownDocument.parse("CLAUDE.md", "See @docs/a.md, and @README.md.\n  - @~/.claude/me.md\n");
        assertThat(doc.imports()).extracting(Import::target)
                .containsExactly("docs/a.md", "README.md", "~/.claude/me.md");
        Import first = doc.imports().get(0);
        assertThat(first.line()).isEqualTo(1);
        assertThat(first.column()).isEqualTo(5);
        assertThat(doc.imports().get(2).home()).isTrue();
        assertThat(doc.imports().get(2).line()).isEqualTo(2);
    }

    @Test
    void importsInsideCodeSpansCodeBlocksAndHtmlAreIgnored() {
        String text = """
                Inline `@docs/a.md` is code.

                ```
                @docs/b.md
                ```

                    @docs/c.md

                <!-- @docs/d.md -->
                """;
        assertThat(MarkdownDocument.parse("CLAUDE.md", text).imports()).isEmpty();
    }

    @Test
    void decoratorsMentionsAndMailAreNotImports() {
        String text = "Use @pytest.mark.django_db, thank @alice, mail dev@example.com, @property.\n";
        assertThat(MarkdownDocument.parse("CLAUDE.md", text).imports()).isEmpty();
    }

    @Test
    void importTargetDropsFragmentsAndTrailingPunctuation() {
        assertThat(MarkdownDocument.importTarget("docs/a.md#setup).")).isEqualTo("docs/a.md");
        assertThat(MarkdownDocument.importTarget("receiver(post_save)")).isNull();
        assertThat(MarkdownDocument.importTarget("notes.md")).isEqualTo("notes.md");
    }

    @Test
    void linesAndColumnsFollowCarriageReturnsToo() {
        MarkdownDocument doc = MarkdownDocument.parse("a.md", "x\r\n## A\r\ny\r## B\n");
        assertThat(doc.sections()).extracting(Section::line).containsExactly(2, 4);
        assertThat(doc.lineOf(doc.text().indexOf('y'))).isEqualTo(3);
        assertThat(doc.columnOf(doc.text().indexOf('y'))).isEqualTo(1);
        assertThat(List.of(doc.sections().get(0).heading(), doc.sections().get(1).heading()))
                .containsExactly("A", "B");
    }
}
