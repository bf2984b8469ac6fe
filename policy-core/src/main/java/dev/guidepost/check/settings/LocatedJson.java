package dev.guidepost.check.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON with Jackson's streaming parser into {@link JsonValue} trees that keep positions.
 * Strict JSON as Claude Code reads it: no comments, no trailing commas; duplicate keys are kept
 * (see {@link JsonValue.JsonObject}). Never throws on bad input.
 */
public final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(500).build())
            .build();

    private LocatedJson() {
    }

    /** Parses {@code text}; a malformed text gives a result carrying the parser's position. */
    public static JsonParseResult parse(String text) {
        // a leading byte-order mark is not part of the JSON (Claude Code reads such a file too)
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                // Claude Code reads an empty (or blank) settings file as an empty object
                return JsonParseResult.ok(new JsonValue.JsonObject(List.of(), 1, 1));
            }
            JsonValue value = read(parser, first);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                return JsonParseResult.failed(at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the JSON value");
            }
            return JsonParseResult.ok(value);
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            return JsonParseResult.failed(line, column, cleanMessage(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            return JsonParseResult.failed(1, 1, "unreadable JSON: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static JsonValue read(JsonParser parser, JsonToken token) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT: {
                List<JsonValue.Member> members = new ArrayList<>();
                JsonToken next = parser.nextToken();
                while (next == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    JsonValue value = read(parser, parser.nextToken());
                    members.add(new JsonValue.Member(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                    next = parser.nextToken();
                }
                return new JsonValue.JsonObject(members, line, column);
            }
            case START_ARRAY: {
                List<JsonValue> items = new ArrayList<>();
                JsonToken next = parser.nextToken();
                while (next != JsonToken.END_ARRAY) {
                    if (next == null) {
                        throw new JsonParseException(parser, "unexpected end of input inside an array");
                    }
                    items.add(read(parser, next));
                    next = parser.nextToken();
                }
                return new JsonValue.JsonArray(items, line, column);
            }
            case VALUE_STRING:
                return new JsonValue.JsonString(parser.getText(), line, column);
            case VALUE_NUMBER_INT:
                return new JsonValue.JsonNumber(parser.getDecimalValue(), true, line, column);
            case VALUE_NUMBER_FLOAT:
                return new JsonValue.JsonNumber(parser.getDecimalValue(), false, line, column);
            case VALUE_TRUE:
                return new JsonValue.JsonBoolean(true, line, column);
            case VALUE_FALSE:
                return new JsonValue.JsonBoolean(false, line, column);
            case VALUE_NULL:
                return new JsonValue.JsonNull(line, column);
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    private static String cleanMessage(String message) {
        String text = firstLine(message == null ? "malformed JSON" : message);
        int hint = text.indexOf(" (for ");
        if (hint > 0) {
            text = text.substring(0, hint);
        }
        return "malformed JSON: " + text;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
