package dev.guidepost.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Validates JSON documents against a JSON schema with a real validator (networknt), formats checked. */
final class SchemaValidation {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonSchema schema;

    private SchemaValidation(JsonNode schemaNode) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schemaNode));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        this.schema = factory.getSchema(schemaNode, config);
    }

    /** The official SARIF 2.1.0 schema vendored in the test resources. */
    static SchemaValidation sarif() {
        try (InputStream in = SchemaValidation.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            return new SchemaValidation(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SchemaValidation of(Path file) {
        try {
            return new SchemaValidation(MAPPER.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation of the schema, as text; empty when the document is valid. */
    List<String> problems(String json) {
        try {
            Set<ValidationMessage> messages = schema.validate(MAPPER.readTree(json));
            return messages.stream().map(ValidationMessage::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
