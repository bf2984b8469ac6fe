package dev.guidepost.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void decodesTextWithARealReplacementCharacter() throws CharacterCodingException {
        assertThat(Utf8.decode("a\uFFFDb é".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\uFFFDb é");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        assertThatThrownBy(() -> Utf8.decode(new byte[] {'a', (byte) 0xE9, 'b'}))
                .isInstanceOf(CharacterCodingException.class);
        assertThatThrownBy(() -> Utf8.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .isInstanceOf(CharacterCodingException.class); // an encoded surrogate
    }

    @Property(tries = 500)
    void agreesWithTheStrictDecoder(@ForAll("bytes") byte[] bytes) {
        Optional<String> strict;
        try {
            strict = Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            strict = Optional.empty();
        }
        Optional<String> fast;
        try {
            fast = Optional.of(Utf8.decode(bytes));
        } catch (CharacterCodingException e) {
            fast = Optional.empty();
        }
        assertThat(fast).isEqualTo(strict);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) 'a', (byte) 0xC3, (byte) 0xA9, (byte) 0xED, (byte) 0xA0,
                (byte) 0x80, (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xF0, (byte) 0x9F, (byte) 0xFF);
        return Arbitraries.oneOf(interesting, Arbitraries.bytes()).array(byte[].class).ofMaxSize(8);
    }
}
