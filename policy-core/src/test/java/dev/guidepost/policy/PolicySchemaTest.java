package dev.guidepost.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.guidepost.Guidepost;
import dev.guidepost.engine.Check;
import dev.guidepost.engine.CheckRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The JSON Schema of the policy language ({@code policy.schema.json}, shipped in the jar and in
 * {@code docs/}): every real policy validates, typos do not, and its per-target keys are exactly
 * the keys the checks accept.
 */
class PolicySchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path DOCS_SCHEMA = Path.of("../docs/policy.schema.json");
    private static final String RESOURCE = "/dev/guidepost/policy.schema.json";
    private static final JsonNode SCHEMA_NODE = shippedSchema();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(SCHEMA_NODE);

    private static JsonNode shippedSchema() {
        try (InputStream in = PolicySchemaTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("schema resource " + RESOURCE).isNotNull();
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Converts YAML to JSON as an editor would see it: SnakeYAML safe load (YAML 1.1 scalars), then Jackson. */
    private static JsonNode json(String yaml) {
        Object value = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return MAPPER.valueToTree(value);
    }

    private static List<String> problems(String yaml) {
        return SCHEMA.validate(json(yaml)).stream().map(ValidationMessage::toString).sorted().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String builtinPack(String name) {
        try (InputStream in = PolicySchemaTest.class.getResourceAsStream("/dev/guidepost/builtin/" + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> builtinPacks() {
        return PolicySource.BUILTIN_PACKS.stream();
    }

    /** Every policy file of the repository that is meant to load: samples and the plugin's integration tests. */
    static Stream<Path> validPolicyFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("../samples"), Path.of("../policy-maven-plugin/src/it"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.getFileName().toString().equals("guidepost.yaml"))
                        .filter(p -> !INVALID_ON_PURPOSE.contains(p.normalize().toString().replace('\\', '/')))
                        .sorted().forEach(files::add);
            }
        }
        assertThat(files).as("policy files found").isNotEmpty();
        return files.stream();
    }

    /** Integration-test policies that exist to fail loading. */
    private static final Set<String> INVALID_ON_PURPOSE = Set.of("../policy-maven-plugin/src/it/policy-error/guidepost.yaml",
            "../policy-maven-plugin/src/it/skip/guidepost.yaml");

    @Test
    void docsCopyIsIdenticalToTheShippedSchema() throws IOException {
        assertThat(MAPPER.readTree(read(DOCS_SCHEMA))).isEqualTo(SCHEMA_NODE);
        try (InputStream in = PolicySchemaTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(read(DOCS_SCHEMA)).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void schemaIsDraft07() {
        assertThat(SCHEMA_NODE.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
    }

    @ParameterizedTest
    @MethodSource("builtinPacks")
    void builtinPackValidates(String pack) {
        assertThat(problems(builtinPack(pack))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("validPolicyFiles")
    void policyFileValidates(Path file) {
        assertThat(problems(read(file))).as(file.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../policy-maven-plugin/src/it/policy-error/guidepost.yaml",
            "../policy-maven-plugin/src/it/skip/guidepost.yaml"})
    void policyFileThatFailsLoadingFailsValidation(String file) {
        assertThat(problems(read(Path.of(file)))).isNotEmpty();
    }

    @Test
    void flagsUnknownTopLevelKey() {
        assertThat(problems("guidepost: 1\nrule: []\n")).anyMatch(p -> p.contains("rule"));
    }

    @Test
    void flagsMissingVersion() {
        assertThat(problems("name: x\nrules: []\n")).anyMatch(p -> p.contains("guidepost"));
    }

    @Test
    void flagsRuleKeyOfAnotherTarget() {
        assertThat(problems("""
                guidepost: 1
                rules:
                  - id: acme/no-print
                    target: source
                    match: { pattern: print($$$A) }
                    sections: []
                """)).anyMatch(p -> p.contains("sections"));
    }

    @Test
    void flagsMisspeltRuleKey() {
        assertThat(problems("""
                guidepost: 1
                rules:
                  - id: acme/readme
                    target: markdown
                    sectoins: [{ heading: Setup }]
                """)).anyMatch(p -> p.contains("sectoins"));
    }

    @Test
    void flagsUnknownSeverityTargetAndForEach() {
        assertThat(problems("""
                guidepost: 1
                rules:
                  - id: acme/a
                    target: markdown
                    severity: fatal
                  - id: acme/b
                    target: javascript
                  - id: acme/c
                    target: layout
                    for-each: django-apps
                    require: README.md
                """)).anyMatch(p -> p.contains("severity")).anyMatch(p -> p.contains("target"))
                .anyMatch(p -> p.contains("for-each"));
    }

    @Test
    void flagsMisspeltKeyDeepInASourceRuleBody() {
        assertThat(problems("""
                guidepost: 1
                rules:
                  - id: acme/a
                    target: source
                    match:
                      kind: call
                      not: { inside: { kind: function_definition, stopby: end } }
                """)).anyMatch(p -> p.contains("stopby"));
    }

    @Test
    void flagsFieldOnASiblingRelation() {
        assertThat(problems("""
                guidepost: 1
                rules:
                  - id: acme/a
                    target: source
                    match: { kind: call, follows: { kind: comment, field: body } }
                """)).anyMatch(p -> p.contains("field"));
    }

    @Test
    void flagsUnknownOverrideValue() {
        assertThat(problems("""
                guidepost: 1
                extends: builtin:django
                overrides:
                  django/no-print: disabled
                """)).isNotEmpty();
    }

    @Test
    void acceptsEveryOverrideForm() {
        assertThat(problems("""
                guidepost: 1
                extends: [builtin:django]
                scopes:
                  scripts: ["scripts/", "!scripts/keep.py"]
                  code: { python: true, not: scripts, exclude: ["**/migrations/**"] }
                overrides:
                  django/no-print: off
                  django/no-bare-except: "off"
                  django/serializer-no-depth: warning
                  django/drf-modelviewset: on
                  django/claude-md-sections:
                    severity: info
                    exclude: ["legacy/**"]
                    options: { order: true }
                  django/claude-md-drf: { enabled: false }
                """)).isEmpty();
    }

    @Test
    void commonKeysEqualTheLoaderCommonRuleKeys() {
        assertThat(keys(SCHEMA_NODE.at("/definitions/rule/properties"))).isEqualTo(PolicyLoader.COMMON_RULE_KEYS);
    }

    @Test
    void perTargetKeysEqualEachCheckOptionKeys() {
        CheckRegistry registry = Guidepost.standardChecks();
        Set<String> schemaTargets = new HashSet<>();
        SCHEMA_NODE.at("/definitions/rule/properties/target/enum").forEach(t -> schemaTargets.add(t.asText()));
        assertThat(schemaTargets).isEqualTo(registry.targets());
        for (String target : registry.targets()) {
            Check check = registry.check(target).orElseThrow();
            JsonNode targetRule = SCHEMA_NODE.at("/definitions/" + target + "Rule");
            assertThat(targetRule.get("additionalProperties").asBoolean(true)).as(target).isFalse();
            Set<String> keys = keys(targetRule.get("properties"));
            keys.removeAll(PolicyLoader.COMMON_RULE_KEYS);
            assertThat(keys).as("schema keys of target " + target).isEqualTo(check.optionKeys());
        }
    }

    @Test
    void everyTargetHasAConditionalBranch() {
        Set<String> branches = new HashSet<>();
        for (JsonNode branch : SCHEMA_NODE.at("/definitions/rule/allOf")) {
            branches.add(branch.at("/if/properties/target/const").asText());
            assertThat(branch.at("/then/$ref").asText())
                    .isEqualTo("#/definitions/" + branch.at("/if/properties/target/const").asText() + "Rule");
        }
        assertThat(branches).isEqualTo(Guidepost.standardChecks().targets());
    }

    @Test
    void everyPropertyHasADescription() {
        List<String> missing = new ArrayList<>();
        describe(SCHEMA_NODE, "", missing);
        assertThat(missing).isEmpty();
    }

    private static void describe(JsonNode node, String path, List<String> missing) {
        if (!node.isObject()) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    describe(node.get(i), path + "/" + i, missing);
                }
            }
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            properties.fields().forEachRemaining(e -> {
                boolean inherited = e.getValue().isBoolean();
                if (!inherited && !e.getValue().has("description")) {
                    missing.add(path + "/properties/" + e.getKey());
                }
            });
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("if")) {
                describe(e.getValue(), path + "/" + e.getKey(), missing);
            }
        });
    }

    /** Rule snippets in the docs are complete rules: every one validates. */
    @Test
    void ruleExamplesInTheDocsValidate() throws IOException {
        int checked = 0;
        try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher block = java.util.regex.Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(read(doc));
                while (block.find()) {
                    String snippet = block.group(1);
                    Object parsed;
                    try {
                        parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(snippet);
                    } catch (RuntimeException e) {
                        continue;
                    }
                    String policy = policyOf(parsed, snippet);
                    if (policy != null) {
                        assertThat(problems(policy)).as(doc + ":\n" + snippet).isEmpty();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("rule snippets found in docs").isPositive();
    }

    /** The snippet as a whole policy when it is one, or a list of complete rules; null for fragments. */
    private static String policyOf(Object parsed, String snippet) {
        if (parsed instanceof java.util.Map<?, ?> map && map.containsKey("guidepost")
                && !(map.get("guidepost") instanceof java.util.Map)) { // not a CI job named guidepost
            return snippet;
        }
        if (parsed instanceof java.util.Map<?, ?> map && map.containsKey("rules") && map.size() == 1) {
            return "guidepost: 1\n" + snippet;
        }
        if (parsed instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(item ->
                item instanceof java.util.Map<?, ?> rule && rule.containsKey("id") && rule.containsKey("target"))) {
            return "guidepost: 1\nrules:\n" + snippet.indent(2);
        }
        return null;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new HashSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
