package dev.guidepost.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the CLAUDE.md of a Django project from its {@link DjangoProjectFacts}: one section per
 * question the built-in pack asks (layout, settings module, database, ORM use, tests, migration
 * policy, the after-change loop, hard rules) plus DRF, signals and Celery sections where the
 * project uses them. Where a fact is unknown the section carries a line starting with
 * {@link #QUESTION} instead of a guess.
 */
public final class ClaudeMdTemplate {

    /** Marks a line the team has to answer; greppable and visible in any Markdown viewer. */
    public static final String QUESTION = "**QUESTION for the team:**";

    private ClaudeMdTemplate() {
    }

    /** The whole file for a project. */
    public static String file(DjangoProjectFacts facts) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(facts.name()).append(": instructions for Claude Code\n\n");
        out.append("<!-- Written by `guidepost init` from what the repository contains. Answer every line marked\n")
                .append("     QUESTION, then keep this file up to date as the project changes. -->\n");
        for (ClaudeMdSection section : sections(facts)) {
            out.append('\n').append(section.render());
        }
        return out.toString();
    }

    /** The sections for a project, in file order. */
    public static List<ClaudeMdSection> sections(DjangoProjectFacts facts) {
        List<ClaudeMdSection> out = new ArrayList<>();
        out.add(layout(facts));
        out.add(commands(facts));
        out.add(database(facts));
        out.add(queries());
        out.add(tests(facts));
        out.add(migrations(facts));
        out.add(afterChange(facts));
        if (facts.drf()) {
            out.add(drf(facts));
        }
        if (facts.signals()) {
            out.add(signals());
        }
        if (facts.celery()) {
            out.add(celery());
        }
        out.add(hardRules(facts));
        return out;
    }

    /** The section of one topic (empty when the project has no use for it, e.g. DRF without DRF). */
    public static Optional<ClaudeMdSection> section(DjangoProjectFacts facts, ClaudeMdTopic topic) {
        return sections(facts).stream().filter(s -> s.topic() == topic).findFirst();
    }

    private static ClaudeMdSection layout(DjangoProjectFacts facts) {
        List<String> lines = new ArrayList<>();
        lines.add("- Django project in " + facts.where() + "; `manage.py` sits there and every path below is relative to it.");
        if (facts.apps().isEmpty()) {
            lines.add("- " + QUESTION + " no Django app was found. Where do new apps go (e.g. `apps/<name>/`)?");
        } else {
            lines.add("- Apps: " + String.join(", ", facts.apps().stream().map(a -> "`" + facts.relative(a) + "/`").toList()) + ".");
            appParent(facts).ifPresent(parent -> lines.add("- New apps go in `" + parent + "/<name>/`, created with `"
                    + facts.style().managePy("startapp <name> " + parent + "/<name>") + "`."));
        }
        if (facts.settingsPath().isEmpty()) {
            lines.add("- " + QUESTION + " where do the Django settings live?");
        } else if (facts.splitSettings()) {
            lines.add("- Settings: the `" + facts.relative(facts.settingsPath().get()) + "/` package, split into "
                    + String.join(", ", facts.settingsModules().stream().map(m -> "`" + m + ".py`").toList()) + ".");
        } else {
            lines.add("- Settings: one module, `" + facts.relative(facts.settingsPath().get()) + ".py`.");
        }
        facts.templates().ifPresent(t -> lines.add("- Templates: `" + facts.relative(t) + "/`, at the project level."));
        facts.staticFiles().ifPresent(s -> lines.add("- Static files: `" + facts.relative(s) + "/`."));
        return new ClaudeMdSection(ClaudeMdTopic.LAYOUT, "Project layout", lines);
    }

    private static ClaudeMdSection commands(DjangoProjectFacts facts) {
        List<String> lines = new ArrayList<>();
        if (facts.settingsModule().isPresent()) {
            String module = facts.settingsModule().get();
            lines.add("- Settings module: `DJANGO_SETTINGS_MODULE=" + module + "` (the default `manage.py` sets); "
                    + "name another module explicitly, e.g. `--settings=" + module + "`, only when asked.");
        } else {
            lines.add("- " + QUESTION + " which `DJANGO_SETTINGS_MODULE` must `manage.py` commands run with?");
        }
        if (facts.style().plain()) {
            lines.add("- Commands are typed as they are: `" + facts.style().managePy("<command>") + "`.");
        } else {
            lines.add("- Commands run through `" + facts.style().prefix().trim() + "` (see `" + facts.style().evidence()
                    + "`): `" + facts.style().managePy("<command>") + "`.");
        }
        lines.add("- Development server: `" + facts.style().managePy("runserver") + "`.");
        lines.add("- Django shell: `" + facts.style().managePy("shell") + "`.");
        return new ClaudeMdSection(ClaudeMdTopic.COMMANDS, "Settings and commands", lines);
    }

    private static ClaudeMdSection database(DjangoProjectFacts facts) {
        List<String> lines = new ArrayList<>();
        if (facts.databases().isEmpty()) {
            lines.add("- " + QUESTION + " which database engine and version does this project use, and how is it "
                    + "reached in development?");
        } else {
            String main = facts.databases().get(0);
            lines.add("- Engine: " + main + facts.databaseEvidence().map(e -> " (configured in `" + facts.relative(e) + "`)").orElse("")
                    + ".");
            if (facts.databases().size() > 1) {
                lines.add("- Also configured: " + String.join(", ", facts.databases().subList(1, facts.databases().size()))
                        + " (check which settings module uses which before relying on engine-specific features).");
            }
            lines.add("- " + QUESTION + " which version runs in production, and how is the development database started?");
        }
        return new ClaudeMdSection(ClaudeMdTopic.DATABASE, "Database", lines);
    }

    private static ClaudeMdSection queries() {
        return new ClaudeMdSection(ClaudeMdTopic.QUERIES, "Queries and the ORM", List.of(
                "- Go through the ORM. Raw SQL belongs only in a custom manager, with a comment explaining why the ORM could not do it.",
                "- Views that list objects load foreign keys with `select_related()` and many-to-many or reverse relations with `prefetch_related()`, so a page costs a fixed number of queries, not one per row.",
                "- Aggregate in the database (`aggregate()`, `annotate()`) instead of looping over rows in Python."));
    }

    private static ClaudeMdSection tests(DjangoProjectFacts facts) {
        List<String> lines = new ArrayList<>();
        if (facts.pytest()) {
            String config = facts.pytestConfig().map(c -> " (configured in `" + facts.relative(c) + "`)").orElse("");
            lines.add("- Runner: pytest with pytest-django" + config + ".");
            if (facts.pytestSettingsModule().isPresent()) {
                lines.add("- The pytest configuration sets `DJANGO_SETTINGS_MODULE=" + facts.pytestSettingsModule().get()
                        + "`, so a bare `" + facts.style().tool("pytest") + "` picks the test settings by itself.");
            } else {
                lines.add("- " + QUESTION + " the pytest configuration does not set `DJANGO_SETTINGS_MODULE`; which "
                        + "settings module should the tests use?");
            }
            lines.add("- Whole suite: `" + facts.style().tool("pytest") + "`, run from " + facts.where() + ".");
        } else {
            lines.add("- Runner: Django's test runner.");
            lines.add("- Whole suite: `" + facts.style().managePy("test") + "`.");
        }
        lines.add("- New tests go in the `tests/` package of the app they exercise.");
        if (facts.factories()) {
            lines.add("- Test data comes from Factory Boy factories (`factories.py` of each app), not from fixtures.");
        } else {
            lines.add("- Create test data with Factory Boy factories (one `factories.py` per app) rather than fixtures.");
        }
        return new ClaudeMdSection(ClaudeMdTopic.TESTS, "Tests", lines);
    }

    private static ClaudeMdSection migrations(DjangoProjectFacts facts) {
        return new ClaudeMdSection(ClaudeMdTopic.MIGRATIONS, "Migrations", List.of(
                "- Do not create migrations (`makemigrations`) unless someone asks for one.",
                "- Never apply them: do not run `migrate` yourself; say which migrations are ready and a person applies them.",
                "- Give each migration a name that says what changed: `"
                        + facts.style().managePy("makemigrations <app> --name <what_changed>") + "`.",
                "- Look at `" + facts.style().managePy("showmigrations") + "` before changing a model."));
    }

    private static ClaudeMdSection afterChange(DjangoProjectFacts facts) {
        String appTests = facts.pytest()
                ? facts.style().tool("pytest " + appParent(facts).map(p -> p + "/").orElse("") + "<app>/")
                : facts.style().managePy("test " + appParent(facts).map(p -> p.replace('/', '.') + ".").orElse("") + "<app>");
        String suite = facts.pytest() ? facts.style().tool("pytest") : facts.style().managePy("test");
        return new ClaudeMdSection(ClaudeMdTopic.AFTER_CHANGE, "After every code change", List.of(
                "1. Run the tests of the app you changed first: `" + appTests + "`.",
                "2. When they pass, run the full suite: `" + suite + "`.",
                "3. A task is not finished while any test fails."));
    }

    private static ClaudeMdSection drf(DjangoProjectFacts facts) {
        return new ClaudeMdSection(ClaudeMdTopic.DRF, "Django REST framework", List.of(
                "- API code of an app lives in its `api/` package: viewsets in `api/views.py`, serializers in `api/serializers.py`, router registrations in `api/urls.py`.",
                "- Use `ModelViewSet` only when every action is wanted; otherwise a generic view with the mixins needed.",
                "- Every view states its `permission_classes`; never rely on the global default alone.",
                "- Validation lives in serializers (`validate_<field>()`, `validate()`), not in views.",
                "- Never return a QuerySet from a view; serialize it first. Paginate list endpoints.",
                "- Nested data through explicit serializers or `SerializerMethodField`, never `depth`."));
    }

    private static ClaudeMdSection signals() {
        return new ClaudeMdSection(ClaudeMdTopic.SIGNALS, "Signals", List.of(
                "- Receivers live in the app's `signals.py` and are connected in `AppConfig.ready()`.",
                "- Every `connect()` and `@receiver` passes a `dispatch_uid`, so a receiver is never connected twice."));
    }

    private static ClaudeMdSection celery() {
        return new ClaudeMdSection(ClaudeMdTopic.CELERY, "Background tasks (Celery)", List.of(
                "- Tasks live in the app's `tasks.py` and take primary keys, not model instances.",
                "- " + QUESTION + " how is a worker started in development, and may tasks run eagerly in tests?"));
    }

    private static ClaudeMdSection hardRules(DjangoProjectFacts facts) {
        List<String> lines = new ArrayList<>();
        lines.add("- No `print()` in production code; log through `logging.getLogger(__name__)`.");
        lines.add("- No bare `except:`; catch the exceptions you expect.");
        lines.add("- Tests never import `django.conf.settings` or read `settings.DEBUG`; use `override_settings` where a test needs other settings.");
        if (facts.pytest()) {
            lines.add("- Mark database tests with `@pytest.mark.django_db` on the function, never on a whole class.");
        }
        lines.add("- Register admin models with a `ModelAdmin` listing its `fields`, `list_display` and `readonly_fields`.");
        if (facts.signals()) {
            lines.add("- Signal receivers only in `signals.py`, connected in `AppConfig.ready()` with a `dispatch_uid`.");
        }
        return new ClaudeMdSection(ClaudeMdTopic.HARD_RULES, "Hard rules", lines);
    }

    /** The folder all apps share ({@code apps} for apps/users and apps/payments), relative to the project. */
    static Optional<String> appParent(DjangoProjectFacts facts) {
        String common = null;
        for (String app : facts.apps()) {
            String relative = facts.relative(app);
            int slash = relative.lastIndexOf('/');
            String parent = slash < 0 ? "" : relative.substring(0, slash);
            if (common == null) {
                common = parent;
            } else if (!common.equals(parent)) {
                return Optional.empty();
            }
        }
        return common == null || common.isEmpty() ? Optional.empty() : Optional.of(common);
    }
}
