package dev.guidepost.check.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.fixture.CheckHarness;
import dev.guidepost.policy.PolicyException;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutCheckTest {

    @TempDir
    Path temp;

    private CheckHarness harness;

    @BeforeEach
    void harness() {
        harness = CheckHarness.in(temp);
    }

    private void write(String path, String text) {
        harness.file(path, text);
    }

    private Report check(String rules) {
        return harness.rules(rules).report();
    }

    private static List<String> places(Report report) {
        return report.findings().stream().map(f -> f.location().path()).sorted().toList();
    }

    @Test
    void aPlacementAsksTheProjectFactsWhenNoOtherRuleDoes() throws IOException {
        write("manage.py", "");
        write("shop/apps.py", "from django.apps import AppConfig\n\nclass ShopConfig(AppConfig):\n    name = 'shop'\n");
        write("shop/base.py", "from rest_framework.views import APIView\n\nclass BaseEndpoint(APIView):\n    pass\n");
        write("shop/views.py", "from shop.base import BaseEndpoint\n\nclass ExportView(BaseEndpoint):\n    pass\n");
        write("shop/forms.py", "class FormEndpoint:\n    pass\n\nclass OrderForm(FormEndpoint):\n    pass\n");
        // the only rule of the policy: the run gathers the facts for it, and a class counts only
        // when its base reaches REST framework's APIView through the project's classes
        Report report = check("""
                  - id: t/api-views
                    target: layout
                    message: API views live in api/.
                    for-each: django-app
                    must-live-in:
                      - find:
                          kind: class_definition
                          has: { field: superclasses, regex: 'Endpoint' }
                          facts: { extends: 'APIView$' }
                        in: "api/**"
                """);
        assertThat(report.findings()).extracting(f -> f.location().path() + ":" + f.location().startLine())
                .containsExactly("shop/views.py:3");
    }

    @Test
    void requiresPerUnitAndReportsOnTheUnitFolderNamingTheProject() throws IOException {
        write("api/manage.py", "");
        write("api/README.md", "x");
        write("admin/manage.py", "");
        Report report = check("""
                  - id: t/readme
                    target: layout
                    message: Each project has a README.
                    for-each: django-project
                    require: README.md
                """);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.location().path()).isEqualTo("admin");
            assertThat(f.project()).isEqualTo("admin");
            assertThat(f.message()).isEqualTo("Each project has a README. (expected: admin/README.md)");
        });
    }

    @Test
    void forbidsReportOutermostMatchesOnlyAndHonourTheRuleExcludes() throws IOException {
        write("manage.py", "");
        write("blog/apps.py", "");
        write("blog/templates/a.html", "");
        write("blog/templates/sub/b.html", "");
        write("build/templates/c.html", "");
        Report report = check("""
                  - id: t/no-templates
                    target: layout
                    message: no
                    exclude: ["build/**"]
                    forbid: "**/templates/"
                """);
        assertThat(places(report)).containsExactly("blog/templates");
    }

    @Test
    void aRootAnchoredForbidUnderForEachAppReportsEachPlaceOnce() throws IOException {
        write("manage.py", "");
        write("blog/apps.py", "");
        write("blog/models.py", "");
        write("shop/apps.py", "");
        write("shop/templates/x.html", "");
        write("docs/drafts/a.md", "");
        Report report = check("""
                  - id: t/no-drafts
                    target: layout
                    message: no
                    for-each: django-app
                    forbid: ["/docs/drafts/", "{app}/templates/"]
                """);
        assertThat(places(report)).containsExactly("docs/drafts", "shop/templates");
    }

    @Test
    void whenDependsOnReadsDeclarationsInsideTheProjectAndDirectlyAbove() throws IOException {
        write("requirements.txt", "Django-REST-Framework\n");
        write("one/manage.py", "");
        write("two/manage.py", "");
        write("two/requirements/base.txt", "djangorestframework==3.15\n");
        write("three/manage.py", "");
        write("three/pyproject.toml", "[tool.poetry.dependencies]\ndjango = \"*\"\n");
        Report report = check("""
                  - id: t/drf
                    target: layout
                    message: uses drf
                    for-each: django-project
                    when: { depends-on: djangorestframework }
                    forbid: manage.py
                  - id: t/alias
                    target: layout
                    message: uses the alias name
                    for-each: django-project
                    when: { all: [ { depends-on: django_rest_framework }, { not: { exists: requirements/ } } ] }
                    forbid: manage.py
                """);
        assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.location().path()).containsExactlyInAnyOrder(
                "t/drf two/manage.py", "t/alias one/manage.py", "t/alias three/manage.py");
    }

    @Test
    void ensureReportsTheUnitWhoseConditionFails() throws IOException {
        write("a/manage.py", "");
        write("a/pytest.ini", "[pytest]\nDJANGO_SETTINGS_MODULE = x\n");
        write("b/manage.py", "");
        write("setup.cfg", "[tool:pytest]\naddopts = -q\n");
        Report report = check("""
                  - id: t/ds
                    target: layout
                    message: no settings for pytest
                    for-each: django-project
                    ensure: { pytest-option: DJANGO_SETTINGS_MODULE }
                """);
        assertThat(places(report)).containsExactly("b");
    }

    @Test
    void settingsPlaceholderFollowsManagePyAndSkipsEntriesWhenUnknown() throws IOException {
        write("manage.py", "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'conf.settings.dev')\n");
        write("conf/settings/__init__.py", "");
        write("conf/settings/base.py", "");
        write("other/manage.py", "");
        Report report = check("""
                  - id: t/split
                    target: layout
                    message: split
                    for-each: django-project
                    require: ["{settings}/base.py", "{settings}/prod.py"]
                """);
        assertThat(report.findings()).extracting(Finding::message)
                .containsExactly("split (expected: conf/settings/prod.py)");
    }

    @Test
    void containsLooksAtTheTextOfMatchingFiles() throws IOException {
        write("manage.py", "");
        write("shop/apps.py", "");
        write("shop/models.py", "class Product(Model):\n    pass\n");
        write("blog/apps.py", "");
        write("blog/models.py", "# Create your models here.\n");
        Report report = check("""
                  - id: t/models
                    target: layout
                    message: has models
                    for-each: django-app
                    when: { contains: { path: models.py, regex: "^class \\\\w+" } }
                    require: factories.py
                """);
        assertThat(places(report)).containsExactly("shop");
    }

    @Test
    void usesHoldsWhenASourcePatternMatchesAnywhereInTheProject() throws IOException {
        write("a/manage.py", "");
        write("a/shop/tasks.py", "from celery import shared_task\n\n@shared_task\ndef run():\n    pass\n");
        write("b/manage.py", "");
        write("b/blog/tasks.py", "# from celery import shared_task\n");
        Report report = check("""
                  - id: t/celery
                    target: layout
                    message: uses celery
                    for-each: django-project
                    when: { uses: "from celery import $$$NAMES" }
                    require: celery.py
                """);
        assertThat(places(report)).containsExactly("a");
    }

    @Test
    void mustLiveInReportsDefinitionsOutsideTheirFilesWithTheirPlace() throws IOException {
        write("manage.py", "");
        write("shop/apps.py", "");
        write("shop/models.py", "import django.dispatch\n\n\n@django.dispatch.receiver(post_save)\ndef a(sender):\n"
                + "    pass\n\n\n@other\ndef b():\n    pass\n");
        write("shop/signals.py", "@receiver(post_save)\ndef c(sender):\n    pass\n");
        Report report = check("""
                  - id: t/receivers
                    target: layout
                    message: receivers go to signals.py
                    for-each: django-app
                    must-live-in:
                      - functions: { decorated-with: "(^|\\\\.)receiver$" }
                        in: signals.py
                """);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.location().path()).isEqualTo("shop/models.py");
            assertThat(f.location().startLine()).isEqualTo(4);
        });
    }

    @Test
    void mustLiveInReportsAMisplacedModuleOnceNamingEveryLine() throws IOException {
        write("manage.py", "");
        write("shop/apps.py", "");
        write("shop/models.py", "@receiver(post_save)\ndef a(sender):\n    pass\n\n\n@receiver(post_delete)\n"
                + "def b(sender):\n    pass\n");
        write("shop/admin.py", "@receiver(post_save)\ndef c(sender):\n    pass\n");
        Report report = check("""
                  - id: t/receivers
                    target: layout
                    message: receivers go to signals.py
                    for-each: django-app
                    must-live-in:
                      - functions: { decorated-with: "(^|\\\\.)receiver$" }
                        in: signals.py
                """);
        assertThat(report.findings()).hasSize(2);
        assertThat(report.findings()).filteredOn(f -> f.location().path().equals("shop/models.py")).singleElement()
                .satisfies(f -> {
                    assertThat(f.location().startLine()).isEqualTo(1);
                    assertThat(f.message()).isEqualTo("receivers go to signals.py (2 in this file, lines 1, 6)");
                    assertThat(f.properties()).containsEntry("lines", List.of("1", "6"));
                });
        assertThat(report.findings()).filteredOn(f -> f.location().path().equals("shop/admin.py")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("receivers go to signals.py"));
    }

    @Test
    void reportsEveryPolicyMistakeWithItsPlace() throws IOException {
        assertThatThrownBy(() -> check("""
                  - id: t/bad
                    target: layout
                    message: m
                    for-each: django-apps
                  - id: t/bad2
                    target: layout
                    message: m
                    for-each: django-project
                    when: { exist: x, depends-on: "not a name!" }
                    require: ["{app}/x.py", { path: a, any: [b] }]
                    must-live-in: { classes: { extends: "(" }, in: x.py }
                  - id: t/bad3
                    target: layout
                    message: m
                    when: { uses: [print] }
                    require: x
                  - id: t/empty
                    target: layout
                    message: m
                """)).isInstanceOfSatisfying(PolicyException.class, e -> {
                    List<String> messages = e.problems().stream().map(p -> p.position().line() + ": " + p.message())
                            .toList();
                    assertThat(messages).anySatisfy(m -> assertThat(m).isEqualTo("6: unknown for-each 'django-apps'"
                            + " (did you mean 'django-app'?); expected one of repo, django-project, django-app, node, maven,"
                            + " go, python"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("11: unknown condition 'exist'"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("expected a distribution name"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("unknown placeholder '{app}'"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("exactly one of 'path'"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("13: invalid regular expression"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("expected a code pattern or a source rule body for 'uses'"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("needs at least one of 'require'"));
                });
    }
}
