package dev.guidepost.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonInsertionTest {

    private static final List<String> DENY = List.of("permissions", "deny");

    @Test
    void appendsAfterTheLastElementWithItsIndentation() throws JsonEditException {
        String text = "{\n    \"permissions\": {\n        \"deny\": [\n            \"Read(.env)\"\n        ]\n    }\n}\n";
        assertThat(JsonInsertion.appendStrings(text, DENY, List.of("Bash(a:*)", "Bash(b:*)"))).isEqualTo(
                "{\n    \"permissions\": {\n        \"deny\": [\n            \"Read(.env)\",\n            \"Bash(a:*)\",\n"
                        + "            \"Bash(b:*)\"\n        ]\n    }\n}\n");
    }

    @Test
    void keepsAListWrittenOnOneLineOnOneLine() throws JsonEditException {
        String text = "{\n  \"permissions\": {\"deny\": [\"Read(.env)\",\"Read(x)\"]}\n}";
        assertThat(JsonInsertion.appendStrings(text, DENY, List.of("Bash(a:*)")))
                .isEqualTo("{\n  \"permissions\": {\"deny\": [\"Read(.env)\",\"Read(x)\",\"Bash(a:*)\"]}\n}");
    }

    @Test
    void fillsAnEmptyListOverLines() throws JsonEditException {
        String text = "{\n\t\"permissions\": {\n\t\t\"deny\": []\n\t}\n}\n";
        assertThat(JsonInsertion.appendStrings(text, DENY, List.of("A", "B")))
                .isEqualTo("{\n\t\"permissions\": {\n\t\t\"deny\": [\n\t\t\t\"A\",\n\t\t\t\"B\"\n\t\t]\n\t}\n}\n");
    }

    @Test
    void fillsAnEmptyListAlreadySpreadOverLines() throws JsonEditException {
        String text = "{\r\n  \"permissions\": {\r\n    \"deny\": [\r\n    ]\r\n  }\r\n}\r\n";
        assertThat(JsonInsertion.appendStrings(text, DENY, List.of("A", "B")))
                .isEqualTo("{\r\n  \"permissions\": {\r\n    \"deny\": [\r\n      \"A\",\r\n      \"B\"\r\n    ]\r\n  }\r\n}\r\n");
    }

    @Test
    void addsTheMissingListAsTheLastMemberOfPermissions() throws JsonEditException {
        String text = "{\n  \"permissions\": {\n    \"allow\": [\"Bash(pytest:*)\"]\n  },\n  \"model\": \"opus\"\n}\n";
        assertThat(JsonInsertion.appendStrings(text, DENY, List.of("A"))).isEqualTo(
                "{\n  \"permissions\": {\n    \"allow\": [\"Bash(pytest:*)\"],\n    \"deny\": [\n      \"A\"\n    ]\n  },\n"
                        + "  \"model\": \"opus\"\n}\n");
    }

    @Test
    void addsPermissionsToADocumentWithoutThem() throws JsonEditException {
        assertThat(JsonInsertion.appendStrings("{\n  \"model\":\"opus\"\n}", DENY, List.of("A")))
                .isEqualTo("{\n  \"model\":\"opus\",\n  \"permissions\":{\n    \"deny\":[\n      \"A\"\n    ]\n  }\n}");
        assertThat(JsonInsertion.appendStrings("{}", DENY, List.of("A"))).isEqualTo("{\"permissions\": {\"deny\": [\"A\"]}}");
        assertThat(JsonInsertion.appendStrings("{\n}\n", DENY, List.of("A")))
                .isEqualTo("{\n  \"permissions\": {\n    \"deny\": [\n      \"A\"\n    ]\n  }\n}\n");
    }

    @Test
    void escapesTheNewStrings() throws JsonEditException {
        assertThat(JsonInsertion.appendStrings("{\"permissions\":{\"deny\":[]}}", DENY, List.of("Bash(echo \"x\\y\")")))
                .isEqualTo("{\"permissions\":{\"deny\":[\"Bash(echo \\\"x\\\\y\\\")\"]}}");
    }

    @Test
    void refusesAValueOfAnotherTypeInTheWay() {
        assertThatThrownBy(() -> JsonInsertion.appendStrings("{\"permissions\": []}", DENY, List.of("A")))
                .isInstanceOf(JsonEditException.class).hasMessage("'permissions' is a list, not an object")
                .satisfies(e -> assertThat(((JsonEditException) e).offset()).isEqualTo(16));
        assertThatThrownBy(() -> JsonInsertion.appendStrings("{\"permissions\": {\"deny\": \"Bash\"}}", DENY, List.of("A")))
                .isInstanceOf(JsonEditException.class).hasMessage("'permissions.deny' is a string, not a list");
    }

    @Test
    void usesTheLastOfDuplicateKeysAsJsonReadersDo() throws JsonEditException {
        String text = "{\"permissions\": {\"deny\": [\"A\"], \"deny\": [\"B\"]}}";
        assertThat(JsonInsertion.appendStrings(text, DENY, List.of("C")))
                .isEqualTo("{\"permissions\": {\"deny\": [\"A\"], \"deny\": [\"B\", \"C\"]}}");
    }
}
