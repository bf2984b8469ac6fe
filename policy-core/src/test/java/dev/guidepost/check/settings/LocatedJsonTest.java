package dev.guidepost.check.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocatedJsonTest {

    @Test
    void keepsLineAndColumnOfArrayElementsAndKeys() {
        String text = "{\n  \"permissions\": {\n    \"deny\": [\n      \"Bash(rm:*)\",\n      \"Read(.env)\"\n    ]\n  }\n}";
        JsonValue.JsonObject root = (JsonValue.JsonObject) LocatedJson.parse(text).value().orElseThrow();
        JsonValue.Member permissions = root.member("permissions").orElseThrow();
        assertThat(permissions.line()).isEqualTo(2);
        assertThat(permissions.column()).isEqualTo(3);
        JsonValue.JsonArray deny = (JsonValue.JsonArray) ((JsonValue.JsonObject) permissions.value()).get("deny").orElseThrow();
        JsonValue second = deny.items().get(1);
        assertThat(second).isEqualTo(new JsonValue.JsonString("Read(.env)", 5, 7));
    }

    @Test
    void reportsParserPositionForMalformedJson() {
        JsonParseResult result = LocatedJson.parse("{\n  \"model\": \"opus\",\n}");
        assertThat(result.isValid()).isFalse();
        JsonParseResult.SyntaxError error = result.error().orElseThrow();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.message()).startsWith("malformed JSON").doesNotContain("\n").doesNotContain("at [Source");
    }

    @Test
    void readsAnEmptyTextAsAnEmptyObjectAndReportsTrailingContent() {
        assertThat(LocatedJson.parse("").value()).containsInstanceOf(JsonValue.JsonObject.class);
        assertThat(LocatedJson.parse(" \n").error()).isEmpty();
        assertThat(LocatedJson.parse("{} {}").error().orElseThrow().message()).contains("after the end");
        assertThat(LocatedJson.parse("{\"a\": [1, 2").error()).isPresent();
    }

    @Test
    void keepsDuplicateKeysAndReadsTheLast() {
        JsonValue.JsonObject root = (JsonValue.JsonObject) LocatedJson.parse("{\"a\": 1, \"a\": true}").value().orElseThrow();
        assertThat(root.members()).hasSize(2);
        assertThat(root.get("a").orElseThrow()).isInstanceOf(JsonValue.JsonBoolean.class);
    }

    @Test
    void distinguishesIntegersFromFractions() {
        JsonValue.JsonArray array = (JsonValue.JsonArray) LocatedJson.parse("[1, 1.5, null, false]").value().orElseThrow();
        assertThat(((JsonValue.JsonNumber) array.items().get(0)).integral()).isTrue();
        assertThat(((JsonValue.JsonNumber) array.items().get(1)).integral()).isFalse();
        assertThat(array.items().get(2).typeName()).isEqualTo("null");
    }
}
