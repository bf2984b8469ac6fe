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

    /**
     * A class mentions a pattern exactly when the pattern is found in its module and in its source,
     * whether or not the module is searched before its classes (it is not for a pattern without
     * assertions).
     */
    @Property(tries = 500)
    void mentionsAreThoseFoundInTheModuleAndTheClass(@ForAll("modules") String module,
            @ForAll("mentionsWithAssertions") String mention) {
        com.google.re2j.Pattern regex = com.google.re2j.Pattern.compile(mention);
        List<ClassFact> found = PythonClasses.readClasses("m.py", module, List.of(new PythonClasses.Mention(regex)));
        // the regex as its own literal test: the module is always searched first
        List<ClassFact> moduleFirst = PythonClasses.readClasses("m.py", module,
                List.of(new PythonClasses.Mention(regex, dev.guidepost.engine.Prefilter.regex(regex, Set.of()))));
        assertThat(found).isEqualTo(moduleFirst);
    }

    @Provide
    Arbitrary<String> mentionsWithAssertions() {
        return Arbitraries.of("(?i)prefetch|select_related", "\\.values(_list)?\\(", "objects\\.all", "^class",
                "\\bPrefetch", "(?m)^class B", "x = 1$", "\\Aclass", "(?i)\\bprefetch\\b", "\\Bll\\(");
    }

    /** The logical lines are those of the char-by-char reading they replace (below), on any text. */
    @Property(tries = 3000)
    void logicalLinesAreThoseOfACharByCharReading(@ForAll("sources") String text) {
        assertThat(PythonClasses.logicalLines(text)).isEqualTo(charByCharLines(text));
    }

    @Provide
    Arbitrary<String> sources() {
        Arbitrary<String> chars = Arbitraries.strings().withChars("ab =:#\"'\\\n\r\t()[]{}é\uD83D\uDE00").ofMaxLength(40);
        Arbitrary<String> pieces = Arbitraries.of("\"\"\"", "'''", "\\\n", "\\\"", "# c\n", "\r\n", "    ", "\t",
                "class A(B):\n", "x = (1,\n 2)\n", "s = '''a\nb'''\n", "\"\"");
        return Arbitraries.oneOf(chars, Arbitraries.oneOf(chars, pieces).list().ofMaxSize(12).map(l -> String.join("", l)));
    }

    /** The reading logicalLines did char by char, appending each char of a line's code on its own. */
    private static List<PythonClasses.Line> charByCharLines(String text) {
        List<PythonClasses.Line> out = new java.util.ArrayList<>();
        StringBuilder code = new StringBuilder();
        int depth = 0;
        int line = 1;
        int startLine = 1;
        int indent = 0;
        boolean atStart = true;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (atStart) {
                if (ch == ' ') {
                    indent++;
                    continue;
                }
                if (ch == '\t') {
                    indent = (indent / 8 + 1) * 8;
                    continue;
                }
                atStart = false;
                startLine = line;
            }
            if (ch == '#') {
                while (i + 1 < n && text.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            if (ch == '"' || ch == '\'') {
                boolean triple = i + 2 < n && text.charAt(i + 1) == ch && text.charAt(i + 2) == ch;
                int end = charByCharStringEnd(text, i, ch, triple);
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                    }
                }
                code.append(text, i, end);
                i = end - 1;
                continue;
            }
            if (ch == '\\' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
                line++;
                code.append(' ');
                continue;
            }
            if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if ((ch == ')' || ch == ']' || ch == '}') && depth > 0) {
                depth--;
            }
            if (ch == '\n') {
                line++;
                if (depth == 0) {
                    String s = code.toString().strip();
                    if (!s.isEmpty()) {
                        out.add(new PythonClasses.Line(indent, startLine, s));
                    }
                    code.setLength(0);
                    indent = 0;
                    atStart = true;
                    continue;
                }
                code.append(' ');
                continue;
            }
            if (ch != '\r') {
                code.append(ch);
            }
        }
        String s = code.toString().strip();
        if (!s.isEmpty()) {
            out.add(new PythonClasses.Line(indent, startLine, s));
        }
        return out;
    }

    private static int charByCharStringEnd(String text, int start, char quote, boolean triple) {
        int n = text.length();
        int i = start + (triple ? 3 : 1);
        while (i < n) {
            char ch = text.charAt(i);
            if (ch == '\\') {
                i += 2;
                continue;
            }
            if (!triple && ch == '\n') {
                return i;
            }
            if (ch == quote && (!triple || i + 2 < n && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote)) {
                return i + (triple ? 3 : 1);
            }
            i++;
        }
        return n;
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
