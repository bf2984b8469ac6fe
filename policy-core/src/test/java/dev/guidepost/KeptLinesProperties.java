package dev.guidepost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.workspace.FileText;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The kept lines of a text are the lines {@link FileText#lines} splits it into, where kept. */
class KeptLinesProperties {

    @Property(tries = 1000)
    void keptLinesAreTheTextsLines(@ForAll("texts") String text, @ForAll Set<@net.jqwik.api.constraints.IntRange(min = 1, max = 12) Integer> numbers) {
        BitSet wanted = new BitSet();
        numbers.forEach(wanted::set);
        List<String> all = FileText.lines(text);
        List<String> kept = KeptLines.of(text, wanted);
        assertThat(kept).hasSize(all.size());
        for (int line = 1; line <= all.size(); line++) {
            if (wanted.get(line)) {
                assertThat(kept.get(line - 1)).isEqualTo(all.get(line - 1));
            }
        }
    }

    @Example
    void aLineNotKeptIsNotMadeUp() {
        BitSet second = new BitSet();
        second.set(2);
        List<String> kept = KeptLines.of("a\r\nb\r\nc", second);
        assertThat(kept).hasSize(3);
        assertThat(kept.get(1)).isEqualTo("b");
        assertThat(kept.subList(1, 2)).containsExactly("b");
        assertThatThrownBy(() -> kept.get(0)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("line 1 of 3 was not kept");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab \r\n\t").ofMaxLength(40);
    }
}
