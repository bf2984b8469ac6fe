package dev.guidepost.check.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeclaredDependenciesTest {

    @Test
    void readsPipRequirementFilesSkippingOptionsIncludesAndComments() {
        String text = """
                # web
                -r base.txt
                --index-url https://pypi.example.org/simple
                Django==5.0.1 \\
                    --hash=sha256:abc
                djangorestframework[markdown]>=3.14 ; python_version >= "3.10"  # api
                -e git+https://github.com/acme/django-widgets.git#egg=django_widgets
                https://example.org/some.whl
                pytest-django @ https://example.org/pytest_django.whl
                """;
        assertThat(DeclaredDependencies.read("requirements/dev.txt", text))
                .containsExactlyInAnyOrder("django", "djangorestframework", "django-widgets", "pytest-django");
    }

    @Test
    void readsPep621Pep735PoetryAndUvTablesOfPyproject() {
        String text = """
                [project]
                name = "shop"
                dependencies = [
                  "Django>=5",   # framework
                  'djangorestframework',
                ]
                [project.optional-dependencies]
                test = ["pytest-django"]
                [dependency-groups]
                lint = ["ruff", {include-group = "test"}]
                [tool.poetry.dependencies]
                python = "^3.11"
                Celery = { version = "^5", extras = ["redis"] }
                [tool.poetry.group.dev.dependencies]
                factory_boy = "*"
                [tool.uv]
                dev-dependencies = ["mypy"]
                """;
        assertThat(DeclaredDependencies.read("pyproject.toml", text)).containsExactlyInAnyOrder("django",
                "djangorestframework", "pytest-django", "ruff", "celery", "factory-boy", "mypy");
    }

    @Test
    void readsSetupCfgSetupPyAndPipfile() {
        String cfg = """
                [metadata]
                name = shop
                [options]
                install_requires =
                    Django>=4.2
                    django-filter
                [options.extras_require]
                test = pytest-django
                """;
        assertThat(DeclaredDependencies.read("setup.cfg", cfg))
                .containsExactlyInAnyOrder("django", "django-filter", "pytest-django");
        String py = """
                from setuptools import setup
                setup(
                    name="shop",
                    install_requires=["Django>=4.2", 'djangorestframework (>=3.14)'],
                    extras_require={"test": ["pytest-django", "factory-boy"], "docs": ["sphinx"]},
                )
                """;
        assertThat(DeclaredDependencies.read("setup.py", py)).containsExactlyInAnyOrder("django",
                "djangorestframework", "pytest-django", "factory-boy", "sphinx");
        String pipfile = """
                [packages]
                django = "*"
                "djangorestframework" = {version = "*"}
                [dev-packages]
                pytest-django = "*"
                """;
        assertThat(DeclaredDependencies.read("Pipfile", pipfile))
                .containsExactlyInAnyOrder("django", "djangorestframework", "pytest-django");
    }

    @Test
    void knowsWhichFilesDeclareDependencies() {
        assertThat(DeclaredDependencies.isDeclarationFile("requirements.txt")).isTrue();
        assertThat(DeclaredDependencies.isDeclarationFile("backend/requirements-dev.txt")).isTrue();
        assertThat(DeclaredDependencies.isDeclarationFile("requirements/production.in")).isTrue();
        assertThat(DeclaredDependencies.isDeclarationFile("api/Pipfile")).isTrue();
        assertThat(DeclaredDependencies.isDeclarationFile("docs/requirements.md")).isFalse();
        assertThat(DeclaredDependencies.isDeclarationFile("notes.txt")).isFalse();
    }

    @Test
    void aDamagedPyprojectReadsAsDeclaringNothingWithoutFailing() {
        String text = """
                [project]
                dependencies = ["django"]
                [tool.broken
                x = 1
                """;
        assertThat(DeclaredDependencies.read("pyproject.toml", text)).isEmpty();
        assertThat(DeclaredDependencies.read("pyproject.toml", """
                [project]
                dependencies = ["Django>=4.2", "djangorestframework ; python_version > '3.8'"]
                [tool.poetry.dependencies]
                python = "^3.11"
                django-filter = { version = "^23", optional = true }
                """)).contains("django", "djangorestframework", "django-filter");
    }
}
