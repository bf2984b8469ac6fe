package dev.guidepost.check.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PytestConfigTest {

    @Test
    void aPytestIniIsTheConfigurationEvenWithoutTheOption() {
        var config = PytestConfig.read("pytest.ini", "[pytest]\naddopts = -q\n");
        assertThat(config).isPresent();
        assertThat(config.get().sets("DJANGO_SETTINGS_MODULE")).isFalse();
    }

    @Test
    void acceptsTheOptionInAnyCaseAndTheDsFlagInAddopts() {
        assertThat(PytestConfig.read("pytest.ini", "[pytest]\ndjango_settings_module = a.b\n").get()
                .sets("DJANGO_SETTINGS_MODULE")).isTrue();
        assertThat(PytestConfig.read("tox.ini", "[pytest]\naddopts =\n    --reuse-db\n    --ds=config.test\n").get()
                .sets("DJANGO_SETTINGS_MODULE")).isTrue();
        assertThat(PytestConfig.read("pyproject.toml", "[tool.pytest.ini_options]\naddopts = [\"--ds\", \"c.t\"]\n")
                .get().sets("DJANGO_SETTINGS_MODULE")).isTrue();
        assertThat(PytestConfig.read("setup.cfg", "[tool:pytest]\naddopts = --dsx=1\n").get()
                .sets("DJANGO_SETTINGS_MODULE")).isFalse();
    }

    @Test
    void filesWithoutAPytestSectionAreNotConfigurations() {
        assertThat(PytestConfig.read("setup.cfg", "[metadata]\nname = x\n")).isEmpty();
        assertThat(PytestConfig.read("tox.ini", "[tox]\nenvlist = py312\n")).isEmpty();
        assertThat(PytestConfig.read("pyproject.toml", "[project]\nname = \"x\"\n")).isEmpty();
    }
}
