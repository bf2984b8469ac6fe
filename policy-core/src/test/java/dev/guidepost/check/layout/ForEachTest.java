package dev.guidepost.check.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForEachTest {

    @TempDir
    Path root;

    private Workspace workspace(String... paths) throws IOException {
        for (String path : paths) {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x = 1\n");
        }
        return WorkspaceScanner.scan(root);
    }

    private static ForEach forEach(String label) {
        return ForEach.parse(label).orElseThrow();
    }

    @Test
    void djangoAppsBelongToTheInnermostDjangoProjectAndExpandBothPlaceholders() throws IOException {
        Workspace ws = workspace("backend/manage.py", "backend/apps/shop/apps.py", "admin/manage.py",
                "admin/core/apps.py", "web/package.json");
        assertThat(forEach("django-app").units(ws)).containsExactly(
                new Unit("admin/core", "admin", Map.of("project", "admin", "app", "admin/core")),
                new Unit("backend/apps/shop", "backend", Map.of("project", "backend", "app", "backend/apps/shop")));
        assertThat(forEach("django-project").units(ws)).extracting(Unit::folder).containsExactly("admin", "backend");
        assertThat(forEach("node").units(ws)).extracting(Unit::folder).containsExactly("web");
        assertThat(forEach("repo").units(ws)).containsExactly(new Unit("", "", Map.of("project", "")));
    }

    @Test
    void leavesOutAppsWithoutDjangoProjectVendoredTestAndSeparatelyPackagedApps() throws IOException {
        Workspace ws = workspace("manage.py", "shop/apps.py", "vendor/old/apps.py", "tests/testapp/apps.py",
                "third_party/x/apps.py", "packages/badges/pyproject.toml", "packages/badges/badges/apps.py");
        assertThat(forEach("django-app").units(ws)).extracting(Unit::folder).containsExactly("shop");
    }

    @Test
    void countsModelPackagesWithoutAppsPyAsAppsButNotTheSettingsPackageOrSubPackagesOfAnApp() throws IOException {
        Workspace ws = workspace("manage.py", "site/__init__.py", "site/apps.py", "site/settings/__init__.py",
                "site/settings/base.py", "site/blog/__init__.py", "site/blog/models.py", "site/blog/migrations/__init__.py",
                "shop/__init__.py", "shop/apps.py", "shop/models.py", "shop/extra/__init__.py", "shop/extra/models.py",
                "catalog/__init__.py", "catalog/models/__init__.py", "notes/models.py");
        assertThat(forEach("django-app").units(ws)).extracting(Unit::folder)
                .containsExactly("catalog", "shop", "site/blog");
    }

    @Test
    void anAppInsideAnotherAppIsNestedInIt() throws IOException {
        Workspace ws = workspace("manage.py", "portal/__init__.py", "portal/apps.py", "portal/news/__init__.py",
                "portal/news/apps.py");
        assertThat(forEach("django-app").units(ws)).extracting(Unit::folder, Unit::nested).containsExactly(
                org.assertj.core.groups.Tuple.tuple("portal", java.util.List.of("portal/news")),
                org.assertj.core.groups.Tuple.tuple("portal/news", java.util.List.of()));
    }

    @Test
    void aRepositoryWithoutManagePyHasNoDjangoUnits() throws IOException {
        Workspace ws = workspace("polls/apps.py", "polls/models.py", "pyproject.toml");
        assertThat(forEach("django-app").units(ws)).isEmpty();
        assertThat(forEach("django-project").units(ws)).isEmpty();
        assertThat(forEach("python").units(ws)).extracting(Unit::folder).containsExactly("");
    }

    @Test
    void offersPlaceholdersByUnitKindAndRejectsUnknownLabels() {
        assertThat(forEach("django-app").placeholders()).containsExactlyInAnyOrder("project", "app", "settings");
        assertThat(forEach("django-project").placeholders()).containsExactlyInAnyOrder("project", "settings");
        assertThat(forEach("go").placeholders()).containsExactly("project");
        assertThat(ForEach.parse("django-apps")).isEqualTo(Optional.empty());
    }
}
