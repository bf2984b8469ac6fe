package dev.guidepost.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DjangoSettingsTest {

    @Test
    void readsTheDefaultSettingsModuleOfManagePy() {
        assertThat(DjangoSettings.moduleOf("os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"config.settings.local\")"))
                .contains("config.settings.local");
        assertThat(DjangoSettings.moduleOf("os.environ.setdefault('DJANGO_SETTINGS_MODULE','mysite.settings')"))
                .contains("mysite.settings");
        assertThat(DjangoSettings.moduleOf("os.environ[\"DJANGO_SETTINGS_MODULE\"] = \"proj.settings.dev\""))
                .contains("proj.settings.dev");
        assertThat(DjangoSettings.moduleOf("execute_from_command_line(sys.argv)")).isEmpty();
    }
}
