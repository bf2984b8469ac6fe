package dev.guidepost.check.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MarkdownDocumentProperties {

    private static final com.google.re2j.Pattern ATX = com.google.re2j.Pattern.compile("^ {0,3}#{1,6}([ \t].*)?$");
    private static final com.google.re2j.Pattern SETEXT = com.google.re2j.Pattern.compile("^ {0,3}(=+|-+)[ \t]*$");

    @Property(tries = 300)
    void neverThrowsAndSectionsStartOnHeadingLines(@ForAll("markdown") String text) {
        MarkdownDocument doc = MarkdownDocument.parse("a.md", text);
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        for (Section section : doc.sections()) {
            assertThat(section.line()).isBetween(1, lines.size());
            String line = lines.get(section.line() - 1);
            boolean setext = false;
            for (int i = section.line(); i < lines.size() && !lines.get(i).isBlank() && !setext; i++) {
                setext = SETEXT.matches(lines.get(i));
            }
            assertThat(ATX.matches(line) || setext).as("line %d: %s", section.line(), line).isTrue();
            assertThat(section.start()).isLessThanOrEqualTo(section.end());
            assertThat(doc.lineOf(section.start())).isEqualTo(section.line());
        }
        for (Import anImport : doc.imports()) {
            assertThat(lines.get(anImport.line() - 1).charAt(anImport.column() - 1)).isEqualTo('@');
        }
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> pieces = Arbitraries.of("# ", "## ", "### ", "#", "####### ", "Title", "\n", "\r\n", "\r",
                "===", "---", "```", "~~~", "    ", "`", "@docs/a.md", "@", "> ", "- ", "1. ", "<!--", "-->", "text ",
                "*", "_", "\\", "[a](b)", "<div>", "\t", "@~/x.md", " ");
        Arbitrary<String> random = Arbitraries.strings().ofMaxLength(60);
        return Arbitraries.oneOf(pieces, pieces, pieces, random).list().ofMaxSize(40).map(l -> String.join("", l));
    }
}
