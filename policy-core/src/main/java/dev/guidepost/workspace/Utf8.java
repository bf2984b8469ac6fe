package dev.guidepost.workspace;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of file contents, fast for the usual case of valid text. */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * The text of {@code bytes}, or an exception when they are not UTF-8. The lenient decoder
     * (several times faster than a strict one) turns every malformed sequence into U+FFFD, so a
     * text without U+FFFD is exact; only a text with one is decoded again strictly, to tell a real
     * U+FFFD from bytes that are not UTF-8.
     */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
