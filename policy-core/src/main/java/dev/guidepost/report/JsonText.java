package dev.guidepost.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * Writes JSON documents the way every Guidepost file is written: two-space indentation and '\n'
 * line ends whatever the platform, keys in the order the caller writes them, so that the same
 * content always gives the same bytes.
 */
public final class JsonText {

    /** Never closes what it writes to: the caller owns it (a report file's stream, a builder). */
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** The body of a document, written through a generator. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonText() {
    }

    /** The document {@code body} writes, without a final line end. */
    public static String write(Body body) throws IOException {
        StringBuilder text = new StringBuilder();
        write(text, body);
        return text.toString();
    }

    /** Appends the document {@code body} writes to {@code out}, without a final line end. */
    public static void write(Appendable out, Body body) throws IOException {
        Writer writer = out instanceof Writer given ? given : new AppendingWriter(out);
        try (JsonGenerator json = FACTORY.createGenerator(writer)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            body.write(json);
        }
    }

    /** A writer that appends to an {@link Appendable}; flushing and closing leave it as it is. */
    private static final class AppendingWriter extends Writer {
        private final Appendable out;

        AppendingWriter(Appendable out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (out instanceof StringBuilder builder) {
                builder.append(chars, offset, length);
            } else {
                out.append(CharBuffer.wrap(chars, offset, length));
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            out.append(text, offset, offset + length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
