package dev.guidepost.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.fixture.FixtureResult;
import dev.guidepost.fixture.FixtureRunner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every built-in rule over its fixture cases under {@code rules/<pack>/<rule>/<case>/}: each
 * case's findings must equal the expectations written in it.
 */
class BuiltinRuleFixturesTest {

    private static final Guidepost GUIDEPOST = Guidepost.standard();
    private final Map<String, CompiledPolicy> packs = new ConcurrentHashMap<>();

    private static Path fixtureRoot() throws URISyntaxException {
        return Path.of(BuiltinRuleFixturesTest.class.getResource("/rules").toURI());
    }

    private CompiledPolicy pack(String name) {
        return packs.computeIfAbsent(name, n -> GUIDEPOST.policy(CheckRequest.of(Path.of(".")).withPolicy("builtin:" + n)));
    }

    @TestFactory
    Stream<DynamicNode> everyRuleMatchesItsFixtures() throws Exception {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path packDir : sorted(fixtureRoot())) {
            String pack = packDir.getFileName().toString();
            for (Path ruleDir : sorted(packDir)) {
                String ruleId = pack + "/" + ruleDir.getFileName();
                List<DynamicNode> cases = new ArrayList<>();
                for (Path caseDir : sorted(ruleDir)) {
                    String caseName = ruleId + "/" + caseDir.getFileName();
                    cases.add(DynamicTest.dynamicTest(caseDir.getFileName().toString(), () -> {
                        FixtureResult result = new FixtureRunner(GUIDEPOST)
                                .run(caseDir, caseName, pack(pack), Set.of(ruleId));
                        assertThat(result.passed()).as(result.describe()).isTrue();
                    }));
                }
                nodes.add(DynamicContainer.dynamicContainer(ruleId, cases));
            }
        }
        return nodes.stream();
    }

    @Test
    void everyFixtureFolderNamesARuleOfItsPackAndHasBadAndGoodCases() throws Exception {
        for (Path packDir : sorted(fixtureRoot())) {
            String pack = packDir.getFileName().toString();
            CompiledPolicy policy = pack(pack);
            for (Path ruleDir : sorted(packDir)) {
                String ruleId = pack + "/" + ruleDir.getFileName();
                assertThat(policy.policy().rule(ruleId)).as("fixture folder for unknown rule " + ruleId).isPresent();
                boolean violating = false;
                boolean clean = false;
                for (Path caseDir : sorted(ruleDir)) {
                    boolean hasExpectation = FixtureRunner.expectations(caseDir).stream()
                            .anyMatch(e -> e.ruleId().equals(ruleId));
                    violating |= hasExpectation;
                    clean |= !hasExpectation;
                }
                assertThat(violating).as(ruleId + " needs a case with expected findings").isTrue();
                assertThat(clean).as(ruleId + " needs a clean case").isTrue();
            }
        }
    }

    @Test
    void everyBuiltinRuleHasFixtures() throws Exception {
        for (String pack : dev.guidepost.policy.PolicySource.BUILTIN_PACKS) {
            for (var rule : pack(pack).policy().rules()) {
                if (rule.origin().equals("builtin:" + pack)) {
                    String[] parts = rule.id().split("/", 2);
                    assertThat(fixtureRoot().resolve(parts[0]).resolve(parts[1]))
                            .as("fixtures for " + rule.id()).isDirectory();
                }
            }
        }
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }
}
