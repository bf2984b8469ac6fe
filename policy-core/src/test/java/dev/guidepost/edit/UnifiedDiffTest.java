package dev.guidepost.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void newFileIsAllAdditions() {
        String diff = UnifiedDiff.render(FileChange.create("a/b.txt", "one\ntwo\n", ""));
        assertThat(diff).isEqualTo("--- /dev/null\n+++ b/a/b.txt\n@@ -0,0 +1,2 @@\n+one\n+two\n");
    }

    @Test
    void insertionShowsThreeLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
        String after = "1\n2\n3\n4\nnew\n5\n6\n7\n8\n";
        String diff = UnifiedDiff.render(new FileChange("f", Optional.of(before), after, ""));
        assertThat(diff).isEqualTo("--- a/f\n+++ b/f\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+new\n 5\n 6\n 7\n");
    }

    @Test
    void missingFinalLineBreakIsMarked() {
        String diff = UnifiedDiff.render(new FileChange("f", Optional.of("a\nb"), "a\nb\nc\n", ""));
        assertThat(diff).isEqualTo("--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n");
    }

    @Test
    void noChangeGivesNoDiff() {
        assertThat(UnifiedDiff.render(new FileChange("f", Optional.of("x\n"), "x\n", ""))).isEmpty();
    }

    @Property(tries = 300)
    void applyingTheDiffGivesTheNewText(@ForAll("texts") String before, @ForAll("texts") String after) {
        String diff = UnifiedDiff.render(new FileChange("f", Optional.of(before), after, ""));
        assertThat(apply(before, diff)).isEqualTo(after);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a\n", "b\n", "c\n", "d\n", "a", "\n").list().ofMaxSize(25).map(l -> String.join("", l));
    }

    /** A strict patch applier: every context and removed line must match. */
    private static String apply(String before, String diff) {
        if (diff.isEmpty()) {
            return before;
        }
        List<String> source = UnifiedDiff.lines(before);
        List<String> out = new ArrayList<>();
        String[] lines = diff.split("\n", -1);
        int next = 0;
        int i = 2;
        while (i < lines.length && lines[i].startsWith("@@")) {
            String[] header = lines[i].split(" ");
            int aStart = Integer.parseInt(header[1].substring(1).split(",")[0]);
            int aCount = header[1].contains(",") ? Integer.parseInt(header[1].split(",")[1]) : 1;
            int first = aCount == 0 ? aStart : aStart - 1;
            while (next < first) {
                out.add(source.get(next++));
            }
            i++;
            while (i < lines.length && !lines[i].startsWith("@@") && !lines[i].isEmpty()) {
                String line = lines[i];
                boolean noNewline = i + 1 < lines.length && lines[i + 1].startsWith("\\");
                String text = line.substring(1) + (noNewline ? "" : "\n");
                switch (line.charAt(0)) {
                    case ' ' -> {
                        assertThat(source.get(next)).isEqualTo(text);
                        out.add(source.get(next++));
                    }
                    case '-' -> assertThat(source.get(next++)).isEqualTo(text);
                    case '+' -> out.add(text);
                    default -> throw new AssertionError("bad line " + line);
                }
                i += noNewline ? 2 : 1;
            }
        }
        while (next < source.size()) {
            out.add(source.get(next++));
        }
        return String.join("", out);
    }
}
