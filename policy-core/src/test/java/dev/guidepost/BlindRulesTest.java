package dev.guidepost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.report.Note;
import dev.guidepost.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlindRulesTest {

    @TempDir
    Path root;

    @TempDir
    Path policies;

    private Report check(String rule) throws IOException {
        Path policy = policies.resolve("guidepost.yaml");
        Files.writeString(policy, "guidepost: 1\nrules:\n" + rule.stripIndent());
        Files.createDirectories(root.resolve("frontend/src"));
        Files.writeString(root.resolve("frontend/src/app.ts"), "console.log(1)\n");
        return Guidepost.standard().check(CheckRequest.of(root).withPolicy(policy.toString()).withThreads(1));
    }

    @Test
    void aTypescriptPathLeftOnTheDefaultPythonIsNoted() throws IOException {
        Report report = check("""
                  - id: acme/no-console-log
                    target: source
                    files: ["frontend/**/*.ts", "frontend/**/*.tsx"]
                    match: { pattern: "console.log($$$A)" }
                """);
        assertThat(report.findings()).isEmpty();
        assertThat(report.notes()).extracting(Note::message).singleElement().asString()
                .contains("acme/no-console-log can never see a file", "only typescript and tsx files",
                        "its language is python (the default)", "set language: typescript");
        assertThat(report.notes().get(0).path()).endsWith("guidepost.yaml:3:5");
    }

    @Test
    void rulesThatCanSeeTheirFilesAreNotNoted() throws IOException {
        for (String files : new String[] {"[\"frontend/**/*.ts\"]", "[\"frontend/**/*.tsx\"]", "[\"frontend/**\"]",
                "[\"**/*.{ts,tsx}\", \"*.py\"]"}) {
            Report report = check("""
                      - id: acme/no-console-log
                        target: source
                        language: typescript
                        files: %s
                        match: { pattern: "console.log($$$A)" }
                    """.formatted(files));
            assertThat(report.notes()).as(files).isEmpty();
        }
    }
}
