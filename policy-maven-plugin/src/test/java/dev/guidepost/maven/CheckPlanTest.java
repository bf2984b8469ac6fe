package dev.guidepost.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.Severity;
import dev.guidepost.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckPlanTest {

    @TempDir
    Path temp;

    Path repo;
    Path module;

    @BeforeEach
    void repository() throws IOException {
        repo = temp.resolve("repo");
        module = repo.resolve("services/billing");
        Files.createDirectories(module);
        Files.createDirectories(repo.resolve(".git"));
    }

    GoalParameters defaults() {
        return new GoalParameters(null, "error", null, Path.of("target/guidepost"), null, null, null, null, null, true,
                "repository", module, module);
    }

    @Test
    void mapsDefaultsOntoARequestForTheWholeRepository() throws Exception {
        CheckPlan plan = CheckPlan.of(defaults());

        assertThat(plan.scope()).isEqualTo(Scope.REPOSITORY);
        assertThat(plan.root()).isEqualTo(repo);
        assertThat(plan.request().root()).isEqualTo(repo);
        assertThat(plan.request().policy()).isEmpty();
        assertThat(plan.request().workingDirectory()).isEqualTo(module);
        assertThat(plan.request().includes()).isEmpty();
        assertThat(plan.request().excludes()).isEmpty();
        assertThat(plan.request().baseline()).isEmpty();
        assertThat(plan.failOn()).contains(Severity.ERROR);
        assertThat(plan.outputDirectory()).isEqualTo(module.resolve("target/guidepost"));
        assertThat(plan.consoleOutput()).isTrue();
    }

    @Test
    void defaultFormatsAreTextJsonAndSarifWhereTheLibraryOffersThem() throws Exception {
        List<ReportFormat> expected = CheckPlan.DEFAULT_FORMATS.stream().map(ReportFormat::parse)
                .flatMap(Optional::stream).toList();

        assertThat(CheckPlan.of(defaults()).formats()).containsExactlyElementsOf(expected)
                .contains(ReportFormat.TEXT, ReportFormat.JSON);
    }

    @Test
    void acceptsEveryFormatTheLibraryOffers() throws Exception {
        List<String> names = Arrays.stream(ReportFormat.values()).map(f -> f.label().toUpperCase()).toList();

        CheckPlan plan = CheckPlan.of(with(defaults(), names));

        assertThat(plan.formats()).containsExactly(ReportFormat.values());
    }

    @Test
    void splitsCommaSeparatedFormatsAndDropsRepeats() throws Exception {
        CheckPlan plan = CheckPlan.of(with(defaults(), List.of("json, text", "json", " ")));

        assertThat(plan.formats()).containsExactly(ReportFormat.JSON, ReportFormat.TEXT);
    }

    @Test
    void rejectsUnknownFormatScopeAndFailLevelTogetherWithSuggestions() {
        GoalParameters bad = new GoalParameters(null, "warnings", List.of("jsn"), Path.of("target/guidepost"), null,
                null, null, null, null, true, "modul", module, module);

        assertThatThrownBy(() -> CheckPlan.of(bad))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("scope: unknown value 'modul' (did you mean 'module'?)")
                .hasMessageContaining("failOn: unknown value 'warnings' (did you mean 'warning'?)")
                .hasMessageContaining("formats: unknown report format 'jsn' (did you mean 'json'?); expected one of "
                        + ReportFormat.labels());
    }

    @Test
    void shortFormsOfValuesGetASuggestionToo() {
        GoalParameters bad = new GoalParameters(null, "warn", List.of("sar"), Path.of("target/guidepost"), null,
                null, null, null, null, true, "repo", module, module);

        assertThatThrownBy(() -> CheckPlan.of(bad))
                .hasMessageContaining("scope: unknown value 'repo' (did you mean 'repository'?); expected repository or module")
                .hasMessageContaining("failOn: unknown value 'warn' (did you mean 'warning'?)")
                .hasMessageContaining("formats: unknown report format 'sar' (did you mean 'sarif'?)");
    }

    @Test
    void failOnNeverMeansNoThreshold() throws Exception {
        assertThat(CheckPlan.of(failOn("never")).failOn()).isEmpty();
        assertThat(CheckPlan.of(failOn("NEVER")).failOn()).isEmpty();
    }

    @Test
    void failOnAcceptsEverySeverityCaseInsensitively() throws Exception {
        for (Severity severity : Severity.values()) {
            assertThat(CheckPlan.of(failOn(" " + severity.name() + " ")).failOn()).contains(severity);
        }
        assertThat(CheckPlan.of(failOn(null)).failOn()).contains(Severity.ERROR);
    }

    @Test
    void moduleScopeChecksTheModuleDirectoryOnly() throws Exception {
        GoalParameters p = defaults();
        CheckPlan plan = CheckPlan.of(new GoalParameters(p.policy(), p.failOn(), p.formats(), p.outputDirectory(),
                p.includes(), p.excludes(), p.baseline(), p.userSettings(), p.changedSince(),
                p.consoleOutput(), "Module", module, repo));

        assertThat(plan.scope()).isEqualTo(Scope.MODULE);
        assertThat(plan.request().root()).isEqualTo(module);
    }

    @Test
    void passesPolicyIncludesExcludesBaselineUserSettingsAndChangedSinceThrough() throws Exception {
        Files.writeString(module.resolve("user-settings.json"), "{}");
        GoalParameters p = new GoalParameters(" config/policy.yaml ", "warning", null, Path.of("/abs/out"),
                List.of(" **/*.{py,md} ", ""), List.of("legacy/**"), Path.of("baseline.json"),
                Path.of("user-settings.json"), " origin/main ", false, null, module, module);

        CheckPlan plan = CheckPlan.of(p);

        assertThat(plan.request().policy()).contains("config/policy.yaml");
        assertThat(plan.request().includes()).containsExactly("**/*.{py,md}");
        assertThat(plan.request().excludes()).containsExactly("legacy/**");
        assertThat(plan.request().baseline()).contains(module.resolve("baseline.json"));
        assertThat(plan.request().userSettings()).contains(module.resolve("user-settings.json"));
        assertThat(plan.request().changedSince()).contains("origin/main");
        assertThat(plan.outputDirectory()).isEqualTo(Path.of("/abs/out"));
        assertThat(plan.consoleOutput()).isFalse();
        assertThat(plan.failOn()).contains(Severity.WARNING);
    }

    @Test
    void leavesUserSettingsAndChangedSinceOutByDefault() throws Exception {
        CheckPlan plan = CheckPlan.of(defaults());

        assertThat(plan.request().userSettings()).isEmpty();
        assertThat(plan.request().changedSince()).isEmpty();
    }

    @Test
    void blankChangedSinceChecksEveryFile() throws Exception {
        assertThat(CheckPlan.of(changes("  ")).request().changedSince()).isEmpty();
        assertThat(CheckPlan.of(changes("v1.2^")).request().changedSince()).contains("v1.2^");
    }

    @Test
    void keepsAnAbsoluteUserSettingsPathAsGiven() throws Exception {
        Path file = temp.resolve("home/.claude/settings.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{}");

        assertThat(CheckPlan.of(userSettings(file)).request().userSettings()).contains(file);
    }

    @Test
    void aMissingUserSettingsFileIsAConfigurationError() {
        assertThatThrownBy(() -> CheckPlan.of(userSettings(Path.of("no-such/settings.json"))))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Invalid Guidepost configuration:\n")
                .hasMessageContaining("userSettings: no such file " + module.resolve("no-such/settings.json"))
                .hasMessageContaining("${user.home}/.claude/settings.json");
    }

    @Test
    void aFolderIsNoUserSettingsFile() {
        assertThatThrownBy(() -> CheckPlan.of(userSettings(module)))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("userSettings: " + module + " is a folder, not a file");
    }

    @Test
    void listsAMissingUserSettingsFileWithTheOtherMistakes() {
        GoalParameters p = failOn("fatal");
        GoalParameters bad = new GoalParameters(p.policy(), p.failOn(), p.formats(), p.outputDirectory(),
                p.includes(), p.excludes(), p.baseline(), Path.of("missing.json"), p.changedSince(),
                p.consoleOutput(), p.scope(), p.moduleDirectory(), p.executionRoot());

        assertThatThrownBy(() -> CheckPlan.of(bad))
                .hasMessageContaining("\nfailOn: unknown value 'fatal'")
                .hasMessageContaining("\nuserSettings: no such file ");
    }

    @Test
    void blankPolicyMeansTheDefaultPolicy() throws Exception {
        GoalParameters p = defaults();
        CheckPlan plan = CheckPlan.of(new GoalParameters("  ", p.failOn(), p.formats(), p.outputDirectory(),
                p.includes(), p.excludes(), p.baseline(), p.userSettings(), p.changedSince(),
                p.consoleOutput(), p.scope(), module, module));

        assertThat(plan.request().policy()).isEmpty();
    }

    @Test
    void builtinPolicyIsKeptAsWritten() throws Exception {
        GoalParameters p = defaults();
        CheckPlan plan = CheckPlan.of(new GoalParameters("builtin:claude", p.failOn(), p.formats(),
                p.outputDirectory(), p.includes(), p.excludes(), p.baseline(), p.userSettings(), p.changedSince(),
                p.consoleOutput(), p.scope(), module,
                module));

        assertThat(plan.request().policy()).contains("builtin:claude");
    }

    private GoalParameters with(GoalParameters p, List<String> formats) {
        return new GoalParameters(p.policy(), p.failOn(), formats, p.outputDirectory(), p.includes(), p.excludes(),
                p.baseline(), p.userSettings(), p.changedSince(),
                p.consoleOutput(), p.scope(), p.moduleDirectory(), p.executionRoot());
    }

    private GoalParameters failOn(String level) {
        GoalParameters p = defaults();
        return new GoalParameters(p.policy(), level, p.formats(), p.outputDirectory(), p.includes(), p.excludes(),
                p.baseline(), p.userSettings(), p.changedSince(),
                p.consoleOutput(), p.scope(), p.moduleDirectory(), p.executionRoot());
    }

    private GoalParameters userSettings(Path file) {
        GoalParameters p = defaults();
        return new GoalParameters(p.policy(), p.failOn(), p.formats(), p.outputDirectory(), p.includes(), p.excludes(),
                p.baseline(), file, p.changedSince(), p.consoleOutput(), p.scope(), p.moduleDirectory(),
                p.executionRoot());
    }

    private GoalParameters changes(String revision) {
        GoalParameters p = defaults();
        return new GoalParameters(p.policy(), p.failOn(), p.formats(), p.outputDirectory(), p.includes(), p.excludes(),
                p.baseline(), p.userSettings(), revision, p.consoleOutput(), p.scope(), p.moduleDirectory(),
                p.executionRoot());
    }
}
