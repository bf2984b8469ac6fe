package dev.guidepost.check.source;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** On any text, broken code and stray surrogates included, both parser backends give the same array. */
class ParserBackendsProperties {

    @Property(tries = 150)
    void bothBackendsGiveTheSameArrayForAnyPythonText(@ForAll("code") String text) {
        ParserBackendsTest.assertSameArray(text, SourceLanguage.PYTHON);
    }

    @Property(tries = 60)
    void bothBackendsGiveTheSameArrayForAnyTypescriptText(@ForAll("code") String text) {
        ParserBackendsTest.assertSameArray(text, SourceLanguage.TSX);
    }

    @Provide
    Arbitrary<String> code() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("def ", "class ", "f(", ")", "(", "[", "]", "{", "}", ":", "\n", "\n    ", " = ", "'",
                        "\"", "\"\"\"", "#", ", ", ".", "x", "é", "😀", "\uD800", "\uDC00", "\t", "\r\n", "\u0000",
                        "<div>", "</", "=>", "`", "${", "0x1F", "1.5e3", "\\", "@d\n", "lambda ", "async "),
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(3));
        return token.list().ofMaxSize(60).map(parts -> String.join("", parts));
    }
}
