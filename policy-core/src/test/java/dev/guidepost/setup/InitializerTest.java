package dev.guidepost.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.edit.FileChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InitializerTest {

    private static final Path SAMPLES = Path.of("../samples");

    static Stream<String> samples() throws IOException {
        try (Stream<Path> folders = Files.list(SAMPLES)) {
            // samples/embedding is a Maven project that uses the library, not a repository to set up
            return folders.filter(Files::isDirectory).filter(p -> !Files.exists(p.resolve("pom.xml")))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("expected")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleWithoutClaudeFilesHasNoSetupFindingAfterInit(String sample, @TempDir Path root) throws IOException {
        InitChecks.copyWithoutClaudeFiles(SAMPLES.resolve(sample), root);
        assertThat(InitChecks.setupFindings(root)).as("findings before init").isNotEmpty();

        InitPlan plan = InitChecks.init(root);

        assertThat(plan.projects()).isNotEmpty();
        assertThat(InitChecks.setupFindings(root)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void secondInitChangesNothing(String sample, @TempDir Path root) throws IOException {
        InitChecks.copyWithoutClaudeFiles(SAMPLES.resolve(sample), root);
        InitChecks.init(root);
        Map<String, String> before = InitChecks.snapshot(root);

        InitPlan second = InitChecks.init(root);

        assertThat(second.changes()).isEmpty();
        assertThat(InitChecks.snapshot(root)).isEqualTo(before);
    }

    @Test
    void keepsExistingFilesAndWritesOnlyTheMissingOnes(@TempDir Path root) throws IOException {
        InitChecks.copyWithoutClaudeFiles(SAMPLES.resolve("django-clean"), root);
        Files.writeString(root.resolve("CLAUDE.md"), "# ours\n");

        InitPlan plan = InitChecks.init(root);

        assertThat(Files.readString(root.resolve("CLAUDE.md"))).isEqualTo("# ours\n");
        assertThat(plan.changes()).extracting(FileChange::path).containsExactly(".claude/settings.json", "guidepost.yaml");
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("CLAUDE.md exists"));
    }

    @Test
    void projectGovernedBySettingsAboveKeepsThem(@TempDir Path root) throws IOException {
        InitChecks.copyWithoutClaudeFiles(SAMPLES.resolve("polyglot"), root);
        Files.createDirectories(root.resolve(".claude"));
        Files.writeString(root.resolve(".claude/settings.json"), "{}\n");

        InitPlan plan = Initializer.plan(root);

        assertThat(plan.changes()).extracting(FileChange::path)
                .containsExactly("admin-portal/CLAUDE.md", "backend/CLAUDE.md");
    }

    @Test
    void writesTheFactsOfTheRepository(@TempDir Path root) throws IOException {
        InitChecks.copyWithoutClaudeFiles(SAMPLES.resolve("django-clean"), root);

        String claudeMd = Initializer.plan(root).changes().get(0).after();

        assertThat(claudeMd).contains("`apps/payments/`", "`apps/users/`", "DJANGO_SETTINGS_MODULE=config.settings.local",
                "the `config/settings/` package", "`base.py`", "`local.py`", "`production.py`",
                "DJANGO_SETTINGS_MODULE=config.settings.test", "Engine: PostgreSQL", "## Django REST framework",
                "`pytest apps/<app>/`");
    }

    @Test
    void aRepositoryWithoutDjangoGetsOnlyThePolicy(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("README.md"), "# nothing\n");

        InitPlan plan = Initializer.plan(root);

        assertThat(plan.changes()).extracting(FileChange::path).containsExactly("guidepost.yaml");
        assertThat(plan.notes()).anyMatch(n -> n.contains("no Django project"));
    }

    @Test
    void policyFileLoads(@TempDir Path root) throws IOException {
        InitChecks.copyWithoutClaudeFiles(SAMPLES.resolve("django-clean"), root);
        InitChecks.init(root);

        var report = dev.guidepost.Guidepost.standard().check(dev.guidepost.CheckRequest.of(root).withThreads(1));

        assertThat(report.policyName()).isEqualTo(root.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
        assertThat(List.of(report.rules().size())).allMatch(n -> n > 20);
    }
}
