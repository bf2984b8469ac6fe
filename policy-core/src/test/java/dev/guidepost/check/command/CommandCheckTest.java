package dev.guidepost.check.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.engine.CommandRuleLogic;
import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.policy.PolicyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandCheckTest {

    @TempDir
    Path dir;

    private CompiledPolicy load(String rules) throws IOException {
        Files.writeString(dir.resolve("guidepost.yaml"), "guidepost: 1\nrules:\n" + rules);
        return Guidepost.standard().policy(CheckRequest.of(dir));
    }

    private CommandRuleLogic only(CompiledPolicy policy) {
        return (CommandRuleLogic) policy.rules().get(0).logic();
    }

    @Test
    void catchesAPatternInAnyPartOfACompoundCommand() throws IOException {
        CommandRuleLogic rule = only(load("  - { id: a/push, target: command, commands: ['git push --force*'] }\n"));
        assertThat(rule.match("git add . && git push --force origin main")).contains("git push --force origin main");
        assertThat(rule.match("git push origin main")).isEmpty();
    }

    @Test
    void settingsModuleNarrowsToCommandsThatNameIt() throws IOException {
        CommandRuleLogic rule = only(load("  - { id: a/prod, target: command, commands: ['manage.py *'],"
                + " settings-module: 'prod' }\n"));
        assertThat(rule.match("python manage.py shell --settings=site.settings.prod")).isPresent();
        assertThat(rule.match("DJANGO_SETTINGS_MODULE='site.prod' ./manage.py shell")).isPresent();
        assertThat(rule.match("export DJANGO_SETTINGS_MODULE=site.prod; cd x; python manage.py shell")).isPresent();
        assertThat(rule.match("python manage.py shell")).isEmpty();
        assertThat(rule.match("DJANGO_SETTINGS_MODULE=site.prod pytest")).isEmpty();
    }

    @Test
    void rejectsFileSelectorsMissingCommandsAndBadRegexes() throws IOException {
        assertThatThrownBy(() -> load("  - { id: a/x, target: command, commands: [ls], files: ['**/*.py'] }\n"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("judges commands, not files");
        assertThatThrownBy(() -> load("  - { id: a/x, target: command }\n"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("needs 'commands'");
        assertThatThrownBy(() -> load("  - { id: a/x, target: command, commands: [ls], settings-module: '(a' }\n"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("invalid regular expression");
    }

    @Test
    void aCheckOfARepositoryNeitherRunsNorListsCommandRules() throws IOException {
        load("  - { id: a/ls, target: command, commands: ['ls*'] }\n");
        var report = Guidepost.standard().check(CheckRequest.of(dir));
        assertThat(report.findings()).isEmpty();
        assertThat(report.rules()).noneMatch(r -> r.id().equals("a/ls"));
    }
}
