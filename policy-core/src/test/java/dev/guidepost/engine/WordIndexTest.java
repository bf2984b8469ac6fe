package dev.guidepost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import dev.guidepost.policy.PathSelector;
import dev.guidepost.policy.Policy;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.Severity;
import dev.guidepost.policy.SourcePosition;
import dev.guidepost.policy.YamlNode;
import dev.guidepost.report.Location;
import dev.guidepost.workspace.WorkspaceFile;
import dev.guidepost.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordIndexTest {

    @TempDir
    Path root;

    @Test
    void rejectsARecordedFileWithoutTheWordsAndNothingItHasNotSeen() {
        Prefilter drf = Prefilter.anyWord(Set.of("rest_framework", "djangorestframework"), false);
        WordIndex index = WordIndex.of(List.of(drf));
        index.record("a.py", "from django.db import models\n");
        index.record("b.py", "from rest_framework import serializers\n");
        assertThat(index.rejects("a.py", drf)).isTrue();
        assertThat(index.rejects("b.py", drf)).isFalse();
        assertThat(index.rejects("c.py", drf)).as("never recorded").isFalse();
        assertThat(index.rejects("a.py", Prefilter.word("models", false))).as("a word it does not know").isFalse();
        assertThat(index.rejects("a.py", Prefilter.wordIgnoringCase("REST_FRAMEWORK"))).isFalse();
        assertThat(index.rejects("a.py", Prefilter.all(List.of(Prefilter.word("models", false), drf)))).isTrue();
        assertThat(WordIndex.NONE.words()).isEmpty();
    }

    /** Whatever the prefilter and whichever words the index holds, a text the prefilter accepts is never rejected. */
    @Property(tries = 1000)
    void neverRejectsATextThePrefilterAccepts(@ForAll("texts") String text, @ForAll("prefilters") Prefilter asked,
            @ForAll("prefilters") Prefilter indexed) {
        WordIndex index = WordIndex.of(List.of(indexed, asked));
        WordIndex other = WordIndex.of(List.of(indexed));
        index.record("f", text);
        other.record("f", text);
        if (asked.mayMatch(text)) {
            assertThat(index.rejects("f", asked)).as("%s in %s", asked, text).isFalse();
            assertThat(other.rejects("f", asked)).as("%s in %s (unindexed words)", asked, text).isFalse();
        }
    }

    /** With every word of the prefilter indexed, plain word tests are decided without the text. */
    @Property(tries = 300)
    void decidesPlainWordTestsItIndexes(@ForAll("texts") String text, @ForAll("words") String a, @ForAll("words") String b) {
        Prefilter asked = Prefilter.any(List.of(Prefilter.word(a, false), Prefilter.word(b, false)));
        WordIndex index = WordIndex.of(List.of(asked));
        index.record("f", text);
        assertThat(index.rejects("f", asked)).isEqualTo(!asked.mayMatch(text));
    }

    /** Thousands of words (class names from the facts) are split between automata and all found. */
    @Test
    void findsEachOfThousandsOfWords() {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 3000; i++) {
            words.add("Class" + i + "View");
        }
        WordIndex index = WordIndex.of(List.of(Prefilter.anyWord(words, true)));
        String text = "class Class7View(Class2999View, Class1500View): pass  # Class30 Class12Vie";
        java.util.BitSet present = index.present(text);
        for (int i = 0; i < index.words().size(); i++) {
            assertThat(present.get(i)).as(index.words().get(i)).isEqualTo(text.contains(index.words().get(i)));
        }
        assertThat(present.cardinality()).isEqualTo(3);
    }

    /** A prefilter answered with the words an index found in a text answers as it does on the text alone. */
    @Property(tries = 1000)
    void answersAsThePrefilterOnTheText(@ForAll("texts") String text, @ForAll("prefilters") Prefilter asked,
            @ForAll("prefilters") Prefilter indexed) {
        for (WordIndex index : List.of(WordIndex.of(List.of(indexed, asked)), WordIndex.of(List.of(indexed)))) {
            java.util.BitSet present = index.record("f", text);
            assertThat(index.mayMatch(present, asked, text, new java.util.HashMap<>()))
                    .as("%s in %s (index of %s)", asked, text, index).isEqualTo(asked.mayMatch(text));
        }
    }

    /** The one-pass search finds exactly the words String.contains finds, ASCII or not, in ASCII and other texts. */
    @Property(tries = 1000)
    void findsExactlyTheWordsTheTextContains(@ForAll("searchTexts") String text,
            @ForAll("searchWords") java.util.Set<String> words) {
        WordIndex index = WordIndex.of(List.of(Prefilter.anyWord(words, false)));
        java.util.BitSet present = index.present(text);
        for (int i = 0; i < index.words().size(); i++) {
            String word = index.words().get(i);
            assertThat(present.get(i)).as("%s in %s", word, text).isEqualTo(text.contains(word));
        }
    }

    @Provide
    Arbitrary<String> searchTexts() {
        Arbitrary<String> short_ = Arbitraries.strings().withChars("abab_.(A?é€\uD83D\uDE00\u00FF").ofMaxLength(60);
        // long ones too: WordSearch reads the two halves of a long text side by side
        return Arbitraries.oneOf(short_, short_.list().ofMaxSize(12).map(l -> String.join("", l)));
    }

    @Provide
    Arbitrary<java.util.Set<String>> searchWords() {
        return Arbitraries.strings().withChars("aab_.(A?é€").ofMinLength(1).ofMaxLength(5).set().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abc_ .(AB?é€\uD83D\uDE00").ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abc_.(AB?é").ofMinLength(1).ofMaxLength(3);
    }

    @Provide
    Arbitrary<Prefilter> prefilters() {
        return prefilter(3);
    }

    private Arbitrary<Prefilter> prefilter(int depth) {
        Arbitrary<Prefilter> leaf = Arbitraries.oneOf(
                words().set().ofMinSize(1).ofMaxSize(3).flatMap(ws -> Arbitraries.of(true, false)
                        .map(tokens -> Prefilter.anyWord(ws, tokens))),
                words().map(Prefilter::wordIgnoringCase),
                words().map(w -> Prefilter.regex(Pattern.compile(Pattern.quote(w) + "[ab]?"), Set.of(w))),
                Arbitraries.of(Prefilter.always(), Prefilter.never()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<List<Prefilter>> parts = prefilter(depth - 1).list().ofMinSize(1).ofMaxSize(3);
        return Arbitraries.oneOf(leaf, parts.map(Prefilter::all), parts.map(Prefilter::any));
    }

    private static RuleDefinition rule(String id) {
        return new RuleDefinition(id, "test", Severity.WARNING, id, "found it", "", "", "", List.of(),
                PathSelector.all(), YamlNode.Mapping.empty(SourcePosition.ofFile("t")), SourcePosition.ofFile("t"), "t",
                List.of());
    }

    /** A file rule that reads every Python file and reports nothing. */
    private static final class PythonReader implements FileRuleLogic {
        @Override
        public boolean accepts(WorkspaceFile file) {
            return file.language().equals("python");
        }

        @Override
        public void check(FileSubject subject, FindingSink sink) {
        }
    }

    @Test
    void aWorkspaceRuleLearnsFromTheFilePassThatAFileLacksItsWordsWithoutReadingItAgain() throws IOException {
        Files.writeString(root.resolve("a.py"), "from django.db import models\n");
        Files.writeString(root.resolve("b.py"), "from rest_framework import serializers\n");
        Files.writeString(root.resolve("notes.md"), "uses rest_framework\n");
        Prefilter drf = Prefilter.word("rest_framework", false);
        List<String> answers = new ArrayList<>();
        WorkspaceRuleLogic asking = new WorkspaceRuleLogic() {
            @Override
            public void check(WorkspaceSubject subject, FindingSink sink) {
                for (String name : List.of("a.py", "b.py", "notes.md")) {
                    WorkspaceFile file = subject.workspace().file(name).orElseThrow();
                    if (name.equals("a.py")) {
                        try {
                            Files.delete(file.absolutePath()); // read by the file pass: known without the file
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    answers.add(name + "=" + subject.mayMatch(file, drf));
                }
                sink.report(Location.file("."));
            }

            @Override
            public List<Prefilter> prefilters() {
                return List.of(drf);
            }
        };
        CompiledPolicy policy = new CompiledPolicy(new Policy("p", "p", Map.of(), List.of()), List.of(
                new CompiledRule(rule("t/read"), new PythonReader()),
                new CompiledRule(rule("t/ask"), asking)));
        EngineResult result = new Engine(1).run(WorkspaceScanner.scan(root), policy, p -> true);
        assertThat(answers).containsExactly("a.py=false", "b.py=true", "notes.md=true");
        assertThat(result.notes()).as("a.py was not read again").isEmpty();
    }
}
