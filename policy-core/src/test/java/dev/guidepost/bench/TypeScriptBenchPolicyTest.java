package dev.guidepost.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/typescript/guidepost.yaml} is one side of a side-by-side benchmark: its four rules
 * must find what ast-grep's four ({@code bench/typescript/astgrep}) find, and nothing else. Each
 * construct once, in a {@code .ts} and a {@code .tsx} file, next to look-alikes that are none.
 */
class TypeScriptBenchPolicyTest {

    private static final String CODE = """
            const logger = { log: (m: string) => m };
            export function load(id: string, cache: Map<string, any>): unknown {
              console.log("loading", id);
              logger.log("console.log is only text here");
              debugger;
              const many: number = 1;
              const found = cache.get(id)!;
              return found !== undefined ? found : many;
            }
            """;

    @Test
    void findsEachConstructOnceInTypeScriptAndTsx(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("load.ts"), CODE);
        Files.writeString(root.resolve("view.tsx"), CODE);
        CheckRequest request = CheckRequest.of(root)
                .withPolicy(Path.of("../bench/typescript/guidepost.yaml").toAbsolutePath().toString())
                .withThreads(1);

        var findings = Guidepost.standard().check(request).findings();

        for (String file : new String[] {"load.ts", "view.tsx"}) {
            assertThat(findings).filteredOn(f -> f.location().path().equals(file))
                    .extracting(f -> f.ruleId() + "@" + f.location().startLine())
                    .containsExactlyInAnyOrder("ts/no-any@2", "ts/no-console-log@3", "ts/no-debugger@5",
                            "ts/no-non-null@7");
        }
        assertThat(findings).extracting(Finding::ruleId).hasSize(8);
    }
}
