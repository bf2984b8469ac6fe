package dev.guidepost.unit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitsTest {

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

    private static List<Unit> units(Workspace workspace, String label) {
        return new Units(workspace, file -> Optional.of("x = 1\n")).of(UnitKind.parse(label).orElseThrow());
    }

    @Test
    void pathsListEveryFileAndFolderWithEachFoldersContentsRightAfterIt() throws IOException {
        Workspace ws = workspace("a-b/x.py", "a/z.py", "a/b/y.py", "a.py", "manage.py");
        Units units = new Units(ws, file -> Optional.empty());
        // '/' sorts before '-' and '.' here, so a folder's paths never interleave with a sibling's
        assertThat(units.paths()).containsExactly("a", "a/b", "a/b/y.py", "a/z.py", "a-b", "a-b/x.py", "a.py",
                "manage.py");
        assertThat(units.paths()).isSameAs(units.paths());
    }

    @Test
    void djangoAppsBelongToTheInnermostDjangoProjectAndExpandBothPlaceholders() throws IOException {
        Workspace ws = workspace("backend/manage.py", "backend/apps/shop/apps.py", "admin/manage.py",
                "admin/core/apps.py", "web/package.json");
        assertThat(units(ws, "django-app")).containsExactly(
                new Unit("admin/core", "admin", Map.of("project", "admin", "app", "admin/core")),
                new Unit("backend/apps/shop", "backend", Map.of("project", "backend", "app", "backend/apps/shop")));
        assertThat(units(ws, "django-project")).extracting(Unit::folder).containsExactly("admin", "backend");
        assertThat(units(ws, "node")).extracting(Unit::folder).containsExactly("web");
        assertThat(units(ws, "repo")).containsExactly(new Unit("", "", Map.of("project", "")));
    }

    @Test
    void leavesOutAppsWithoutDjangoProjectVendoredTestAndSeparatelyPackagedApps() throws IOException {
        Workspace ws = workspace("manage.py", "shop/apps.py", "vendor/old/apps.py", "tests/testapp/apps.py",
                "third_party/x/apps.py", "packages/badges/pyproject.toml", "packages/badges/badges/apps.py");
        assertThat(units(ws, "django-app")).extracting(Unit::folder).containsExactly("shop");
    }

    @Test
    void countsModelPackagesWithoutAppsPyAsAppsButNotTheSettingsPackageOrSubPackagesOfAnApp() throws IOException {
        Workspace ws = workspace("manage.py", "site/__init__.py", "site/apps.py", "site/settings/__init__.py",
                "site/settings/base.py", "site/blog/__init__.py", "site/blog/models.py", "site/blog/migrations/__init__.py",
                "shop/__init__.py", "shop/apps.py", "shop/models.py", "shop/extra/__init__.py", "shop/extra/models.py",
                "catalog/__init__.py", "catalog/models/__init__.py", "notes/models.py");
        assertThat(units(ws, "django-app")).extracting(Unit::folder)
                .containsExactly("catalog", "shop", "site/blog");
    }

    @Test
    void anAppInsideAnotherAppIsNestedInIt() throws IOException {
        Workspace ws = workspace("manage.py", "portal/__init__.py", "portal/apps.py", "portal/news/__init__.py",
                "portal/news/apps.py");
        assertThat(units(ws, "django-app")).extracting(Unit::folder, Unit::nested).containsExactly(
                org.assertj.core.groups.Tuple.tuple("portal", java.util.List.of("portal/news")),
                org.assertj.core.groups.Tuple.tuple("portal/news", java.util.List.of()));
    }

    @Test
    void aRepositoryWithoutManagePyHasNoDjangoUnits() throws IOException {
        Workspace ws = workspace("polls/apps.py", "polls/models.py", "pyproject.toml");
        assertThat(units(ws, "django-app")).isEmpty();
        assertThat(units(ws, "django-project")).isEmpty();
        assertThat(units(ws, "python")).extracting(Unit::folder).containsExactly("");
    }

    @Test
    void offersPlaceholdersByUnitKindAndRejectsUnknownLabels() {
        assertThat(UnitKind.DJANGO_APP.placeholders()).containsExactlyInAnyOrder("project", "app", "settings");
        assertThat(UnitKind.DJANGO_PROJECT.placeholders()).containsExactlyInAnyOrder("project", "settings");
        assertThat(UnitKind.GO.placeholders()).containsExactly("project");
        assertThat(UnitKind.parse("django-apps")).isEqualTo(Optional.empty());
        assertThat(UnitKind.parse("settings-folder")).contains(UnitKind.SETTINGS_FOLDER);
    }

    @Test
    void projectsOfEveryKindInTestOrVendoredFoldersAreNoUnits() throws IOException {
        Workspace ws = workspace("manage.py", "tests/testproj/manage.py", "vendor/lib/package.json", "web/package.json",
                "src/test/fixtures/go.mod", "third_party/x/pyproject.toml", "pyproject.toml");
        assertThat(units(ws, "django-project")).extracting(Unit::folder).containsExactly("");
        assertThat(units(ws, "node")).extracting(Unit::folder).containsExactly("web");
        assertThat(units(ws, "go")).isEmpty();
        assertThat(units(ws, "python")).extracting(Unit::folder).containsExactly("");
    }

    @Test
    void settingsFoldersAreTheRootAndEveryFolderWithAReadableSettingsFile() throws IOException {
        Workspace ws = workspace("backend/.claude/settings.local.json", "web/.claude/settings.json",
                "docs/.claude/notes.json", "broken/.claude/settings.json");
        Units units = new Units(ws, file -> file.path().startsWith("broken/") ? Optional.empty() : Optional.of("{}"));
        assertThat(units.of(UnitKind.SETTINGS_FOLDER)).extracting(Unit::folder).containsExactly("", "backend", "web");
        assertThat(Units.settingsFolderOf("web/.claude/settings.json")).contains("web");
        assertThat(Units.settingsFolderOf(".claude/settings.local.json")).contains("");
        assertThat(Units.settingsFolderOf("web/claude/settings.json")).isEmpty();
    }

    @Test
    void fileUnitsAreEveryFileAndTheRepositoryIsOneUnit() throws IOException {
        Workspace ws = workspace("README.md", "docs/a.md");
        assertThat(units(ws, "file")).extracting(Unit::folder).containsExactly("README.md", "docs/a.md");
        assertThat(units(ws, "repo")).containsExactly(new Unit("", "", Map.of("project", "")));
    }

    @Test
    void unitsAreWorkedOutOncePerRun() throws IOException {
        Workspace ws = workspace("manage.py", "shop/apps.py");
        Units units = new Units(ws, file -> Optional.of("x = 1\n"));
        assertThat(units.of(UnitKind.DJANGO_APP)).isSameAs(units.of(UnitKind.DJANGO_APP));
    }
}
