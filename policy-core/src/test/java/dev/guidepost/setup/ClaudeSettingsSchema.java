package dev.guidepost.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The Claude Code settings JSON schema (SchemaStore's, draft-07, vendored in the test resources)
 * applied with a real validator (networknt).
 */
final class ClaudeSettingsSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private ClaudeSettingsSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = ClaudeSettingsSchema.class.getResourceAsStream("/claude-code-settings.schema.json")) {
            JsonNode node = MAPPER.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node)).getSchema(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation of the schema in {@code json}, sorted; empty when the settings are valid. */
    static List<String> problems(String json) {
        try {
            Set<ValidationMessage> messages = SCHEMA.validate(MAPPER.readTree(json));
            return messages.stream().map(ValidationMessage::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
