package dev.guidepost.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Writes JSON documents the way every Guidepost file is written: two-space indentation and '\n'
 * line ends whatever the platform, keys in the order the caller writes them, so that the same
 * content always gives the same bytes.
 */
public final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The body of a document, written through a generator. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonText() {
    }

    /** The document {@code body} writes, without a final line end. */
    public static String write(Body body) throws IOException {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(buffer)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            body.write(json);
        }
        return buffer.toString();
    }
}
