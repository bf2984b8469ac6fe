import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a deterministic polyglot monorepo for the scale benchmark (bench/scale.sh): Django
 * services, each a project with its own manage.py, split settings, CLAUDE.md and
 * .claude/settings.json and apps (models, views, serializers, admin, signals, urls, tests with and
 * without ORM use, factories, migrations), plus one TypeScript front end with a feature folder per
 * app. A few rule violations are sprinkled in (print(), bare except, a bare admin registration, a
 * signal connected at module level, depth on a serializer, tests without the django_db mark or
 * reading settings.DEBUG, an auto-named migration, a CLAUDE.md without its migration policy, a
 * settings file that lets Claude Code migrate), always at the same places.
 *
 * <pre>java bench/GenerateMonorepo.java OUT SIZE</pre>
 *
 * SIZE is the number of files: a number, or with a k suffix (1k, 10k, 100k). OUT must not exist
 * or be empty. The same SIZE always gives the same bytes, and app N's files do not depend on
 * SIZE, so a smaller tree is (up to its last unit) a part of a larger one. Runs with the JDK
 * alone (Java 17 or later), no build needed.
 */
public final class GenerateMonorepo {

    private static final int APPS_PER_SERVICE = 20;

    private static final String[] DOMAINS = {"orders", "invoices", "customers", "catalog", "inventory", "shipping",
        "payments", "refunds", "reviews", "coupons", "accounts", "teams", "projects", "tickets", "messages",
        "notifications", "reports", "audit", "billing", "subscriptions", "warehouses", "suppliers", "returns",
        "pricing", "taxes", "loyalty", "campaigns", "analytics", "documents", "contracts", "assets", "devices",
        "bookings", "events", "venues", "courses", "lessons", "grades", "surveys", "webhooks"};
    private static final String[] NOUNS = {"Order", "Invoice", "Customer", "Product", "Item", "Shipment", "Payment",
        "Refund", "Review", "Coupon", "Account", "Team", "Project", "Ticket", "Message", "Notice", "Report",
        "Entry", "Charge", "Plan", "Warehouse", "Supplier", "Return", "Price", "Rate", "Reward", "Campaign",
        "Metric", "Document", "Contract", "Asset", "Device", "Booking", "Event", "Venue", "Course", "Lesson",
        "Grade", "Survey", "Hook"};
    private static final String[] SERVICES = {"core", "commerce", "fulfilment", "identity", "finance", "support",
        "growth", "platform", "content", "data"};
    private static final String[][] FIELDS = {
        {"name", "models.CharField(max_length=200)", "string"},
        {"title", "models.CharField(max_length=255)", "string"},
        {"code", "models.SlugField(max_length=64, unique=True)", "string"},
        {"status", "models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)", "string"},
        {"amount", "models.DecimalField(max_digits=12, decimal_places=2)", "number"},
        {"quantity", "models.PositiveIntegerField(default=1)", "number"},
        {"is_active", "models.BooleanField(default=True)", "boolean"},
        {"notes", "models.TextField(blank=True)", "string"},
        {"email", "models.EmailField(blank=True)", "string"},
        {"starts_at", "models.DateTimeField(null=True, blank=True)", "string"},
        {"weight", "models.FloatField(default=0.0)", "number"},
        {"external_id", "models.UUIDField(default=uuid.uuid4, editable=False)", "string"},
        {"metadata", "models.JSONField(default=dict, blank=True)", "Record<string, unknown>"},
        {"priority", "models.SmallIntegerField(default=0)", "number"},
    };

    private final Path out;
    private final int size;
    private int written;

    private GenerateMonorepo(Path out, int size) {
        this.out = out;
        this.size = size;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/GenerateMonorepo.java OUT SIZE   (SIZE: e.g. 1000, 1k, 10k, 100k)");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int size;
        try {
            String s = args[1].toLowerCase(Locale.ROOT);
            size = s.endsWith("k") ? Integer.parseInt(s.substring(0, s.length() - 1)) * 1000 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            System.err.println("SIZE must be a number of files such as 1000 or 10k, not '" + args[1] + "'");
            System.exit(2);
            return;
        }
        if (size < 20) {
            System.err.println("SIZE must be at least 20 files");
            System.exit(2);
        }
        if (Files.exists(out)) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    System.err.println(out + " exists and is not empty");
                    System.exit(2);
                }
            }
        }
        GenerateMonorepo generator = new GenerateMonorepo(out, size);
        generator.generate();
        System.out.println("wrote " + generator.written + " files to " + out);
    }

    private void generate() {
        root();
        for (int unit = 0; written < size; unit++) {
            int service = unit / APPS_PER_SERVICE;
            if (unit % APPS_PER_SERVICE == 0) {
                service(service);
            }
            app(service, unit);
            feature(service, unit);
        }
    }

    // ---- files ----------------------------------------------------------------------------

    private void write(String path, String text) {
        if (written >= size) {
            return;
        }
        Path file = out.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written++;
    }

    private static Random random(String what, int index) {
        return new Random(31L * what.hashCode() + index * 0x9E3779B97F4A7C15L);
    }

    /** True for about one in {@code every} units, always the same ones. */
    private static boolean sometimes(int unit, String what, int every) {
        return Math.floorMod((what.hashCode() * 31) + unit * 7919, every) == 0;
    }

    // ---- repository root ------------------------------------------------------------------

    private void root() {
        write("README.md", """
                # Monorepo

                Django services under `services/`, the web front end under `frontend/`.
                Generated by bench/GenerateMonorepo.java for Guidepost's scale benchmark.
                """);
        write(".gitignore", "node_modules/\n__pycache__/\n*.pyc\n.venv/\ndist/\n");
        write("CLAUDE.md", """
                # Monorepo — working rules for Claude Code

                ## Project layout
                - Django services in `services/<name>/`, each with its own `manage.py` and `CLAUDE.md`.
                - The TypeScript front end in `frontend/` (Vite, React, Vitest).

                ## Commands
                - Backend tests: `pytest` inside a service folder.
                - Front end: `npm test` and `npm run build` inside `frontend/`.

                ## Hard rules
                - Never commit secrets; `.env` files stay local.
                - Each service's own CLAUDE.md says how to work on it.
                """);
        write(".claude/settings.json", settings(false));
        write("frontend/package.json", """
                {
                  "name": "web",
                  "private": true,
                  "type": "module",
                  "scripts": { "build": "tsc -b && vite build", "test": "vitest run" },
                  "dependencies": { "react": "^18.3.1", "react-dom": "^18.3.1" },
                  "devDependencies": { "typescript": "^5.5.4", "vite": "^5.4.2", "vitest": "^2.0.5" }
                }
                """);
        write("frontend/tsconfig.json", """
                {
                  "compilerOptions": {
                    "target": "ES2022", "module": "ESNext", "moduleResolution": "bundler",
                    "jsx": "react-jsx", "strict": true, "noEmit": true
                  },
                  "include": ["src"]
                }
                """);
        write("frontend/src/lib/http.ts", """
                export class HttpError extends Error {
                  constructor(readonly status: number, message: string) {
                    super(message);
                  }
                }

                export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
                  const response = await fetch(`/api/${path}`, {
                    ...init,
                    headers: { "Content-Type": "application/json", ...(init.headers ?? {}) },
                  });
                  if (!response.ok) {
                    throw new HttpError(response.status, await response.text());
                  }
                  return (await response.json()) as T;
                }

                export interface Page<T> {
                  count: number;
                  next: string | null;
                  previous: string | null;
                  results: T[];
                }
                """);
    }

    private static String settings(boolean allowsMigrate) {
        String allow = allowsMigrate ? "      \"Bash(python manage.py migrate:*)\",\n" : "";
        String deny = allowsMigrate ? "" : """
                      "Bash(python manage.py migrate:*)",
                      "Bash(python3 manage.py migrate:*)",
                      "Bash(./manage.py migrate:*)",
                      "Bash(django-admin migrate:*)",
                """;
        return """
                {
                  "$schema": "https://json.schemastore.org/claude-code-settings.json",
                  "permissions": {
                    "allow": [
                      "Bash(python manage.py runserver:*)",
                      "Bash(python manage.py makemigrations:*)",
                      "Bash(python manage.py showmigrations:*)",
                %s      "Bash(pytest:*)",
                      "Bash(npm test:*)"
                    ],
                    "deny": [
                %s      "Bash(python manage.py flush:*)",
                      "Bash(python3 manage.py flush:*)",
                      "Bash(./manage.py flush:*)",
                      "Bash(django-admin flush:*)",
                      "Bash(python manage.py loaddata:*)",
                      "Bash(python3 manage.py loaddata:*)",
                      "Bash(./manage.py loaddata:*)",
                      "Bash(django-admin loaddata:*)",
                      "Read(./.env)"
                    ]
                  },
                  "env": { "DJANGO_SETTINGS_MODULE": "config.settings.local" }
                }
                """.formatted(allow, deny);
    }

    // ---- a Django service -----------------------------------------------------------------

    private static String serviceName(int service) {
        return String.format(Locale.ROOT, "%s-%03d", SERVICES[service % SERVICES.length], service);
    }

    private static String appName(int unit) {
        return DOMAINS[unit % DOMAINS.length] + (unit >= DOMAINS.length ? "_" + unit / DOMAINS.length : "");
    }

    private void service(int service) {
        String base = "services/" + serviceName(service) + "/";
        write(base + "manage.py", """
                #!/usr/bin/env python
                import os
                import sys


                def main():
                    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
                    from django.core.management import execute_from_command_line

                    execute_from_command_line(sys.argv)


                if __name__ == "__main__":
                    main()
                """);
        write(base + "pytest.ini", "[pytest]\nDJANGO_SETTINGS_MODULE = config.settings.test\npython_files = test_*.py\n");
        write(base + "CLAUDE.md", claudeMd(service));
        write(base + ".claude/settings.json", settings(sometimes(service, "settings", 7)));
        write(base + "config/__init__.py", "");
        write(base + "config/settings/__init__.py", "");
        StringBuilder apps = new StringBuilder();
        for (int unit = service * APPS_PER_SERVICE; unit < (service + 1) * APPS_PER_SERVICE; unit++) {
            apps.append("    \"apps.").append(appName(unit)).append("\",\n");
        }
        write(base + "config/settings/base.py", """
                from pathlib import Path

                BASE_DIR = Path(__file__).resolve().parent.parent.parent

                INSTALLED_APPS = [
                    "django.contrib.admin",
                    "django.contrib.auth",
                    "django.contrib.contenttypes",
                    "django.contrib.sessions",
                    "rest_framework",
                %s]

                REST_FRAMEWORK = {
                    "DEFAULT_AUTHENTICATION_CLASSES": [
                        "rest_framework_simplejwt.authentication.JWTAuthentication",
                    ],
                    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
                    "PAGE_SIZE": 20,
                }

                ROOT_URLCONF = "config.urls"
                TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [BASE_DIR / "templates"]}]
                DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
                """.formatted(apps));
        write(base + "config/settings/local.py", "from .base import *  # noqa: F401,F403\n\nDEBUG = True\n");
        write(base + "config/settings/test.py", "from .base import *  # noqa: F401,F403\n\nPASSWORD_HASHERS = [\"django.contrib.auth.hashers.MD5PasswordHasher\"]\n");
        write(base + "config/settings/production.py", "from .base import *  # noqa: F401,F403\n\nDEBUG = False\n");
        StringBuilder urls = new StringBuilder();
        for (int unit = service * APPS_PER_SERVICE; unit < (service + 1) * APPS_PER_SERVICE; unit++) {
            urls.append("    path(\"api/").append(appName(unit)).append("/\", include(\"apps.").append(appName(unit))
                    .append(".api.urls\")),\n");
        }
        write(base + "config/urls.py", """
                from django.contrib import admin
                from django.urls import include, path

                urlpatterns = [
                    path("admin/", admin.site.urls),
                %s]
                """.formatted(urls));
        write(base + "apps/__init__.py", "");
    }

    private static String claudeMd(int service) {
        String migrations = sometimes(service, "claude-migrations", 5) ? "" : """

                ## Migrations
                - Never create a migration unless I ask for one.
                - Never run `migrate` without telling me first; I apply migrations myself.
                - Name migrations: `python manage.py makemigrations <app> --name <what_changed>`.
                """;
        return """
                # %s service — working rules for Claude Code

                ## Project layout
                - Django project in this folder; `manage.py` lives here.
                - Apps in `apps/<app>/`, API code in `apps/<app>/api/`.
                - Settings: `config/settings/` split into `base.py`, `local.py` and `production.py`.

                ## Environment
                - `export DJANGO_SETTINGS_MODULE=config.settings.local` before any `manage.py` command.

                ## Database
                - PostgreSQL 16; ORM only, raw SQL only inside a custom manager.
                - List views use `select_related()` and `prefetch_related()`.

                ## Tests
                - pytest with pytest-django; `pytest.ini` sets `DJANGO_SETTINGS_MODULE=config.settings.test`.
                - Model instances come from Factory Boy factories in `apps/<app>/tests/factories.py`.
                - Mark every test function that uses the database with `@pytest.mark.django_db`.
                %s
                ## After every code change
                1. Run the changed app's tests: `pytest apps/<app>/tests/`.
                2. When they pass, run the whole suite with `pytest`.

                ## DRF rules
                - Viewsets in `api/views.py`, serializers in `api/serializers.py`, routers in `api/urls.py`.
                - Always set `permission_classes`; authentication with `JWTAuthentication`.
                - Validation belongs in serializers; never return a QuerySet from a view.
                - Pagination: `PageNumberPagination` with `page_size = 20`; never `depth` on a serializer.

                ## Hard rules
                - No `print()` in production code; no bare `except:`.
                - Signal handlers live in `signals.py`, connected in `AppConfig.ready()` with a `dispatch_uid`.
                """.formatted(serviceName(service), migrations);
    }

    // ---- a Django app ---------------------------------------------------------------------

    private record Model(String name, List<String[]> fields) {
    }

    private static List<Model> models(int unit) {
        Random random = random("models", unit);
        List<Model> models = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String name = NOUNS[(unit + i * 7) % NOUNS.length] + (i == 0 ? "" : NOUNS[(unit * 3 + i) % NOUNS.length]);
            List<String[]> fields = new ArrayList<>();
            int first = random.nextInt(FIELDS.length);
            int fieldCount = 4 + random.nextInt(6);
            for (int f = 0; f < fieldCount; f++) {
                fields.add(FIELDS[(first + f * 5) % FIELDS.length]);
            }
            models.add(new Model(name, fields.stream().distinct().toList()));
        }
        return models;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private void app(int service, int unit) {
        String app = appName(unit);
        String base = "services/" + serviceName(service) + "/apps/" + app + "/";
        List<Model> models = models(unit);
        String label = Character.toUpperCase(app.charAt(0)) + app.substring(1).replace('_', ' ');
        write(base + "__init__.py", "");
        write(base + "apps.py", """
                from django.apps import AppConfig


                class %sConfig(AppConfig):
                    name = "apps.%s"
                    verbose_name = "%s"
                    default_auto_field = "django.db.models.BigAutoField"

                    def ready(self):
                        from . import signals  # noqa: F401
                """.formatted(camel(app), app, label));
        write(base + "models.py", modelsPy(unit, models));
        write(base + "managers.py", managersPy(models));
        write(base + "admin.py", adminPy(unit, models));
        write(base + "signals.py", signalsPy(unit, app, models));
        write(base + "services.py", servicesPy(unit, models));
        write(base + "api/__init__.py", "");
        write(base + "api/serializers.py", serializersPy(unit, models));
        write(base + "api/views.py", viewsPy(unit, models));
        write(base + "api/urls.py", urlsPy(models));
        write(base + "migrations/__init__.py", "");
        write(base + "migrations/0001_initial.py", migrationPy(models, null));
        String second = sometimes(unit, "auto-migration", 11) ? "0002_auto_20240611_1532" : "0002_" + snake(models.get(0).name()) + "_notes";
        write(base + "migrations/" + second + ".py", migrationPy(models, "0001_initial"));
        write(base + "tests/__init__.py", "");
        write(base + "tests/factories.py", factoriesPy(app, models));
        write(base + "tests/test_models.py", testModelsPy(unit, models));
        write(base + "tests/test_api.py", testApiPy(unit, app, models));
        write(base + "tests/test_pricing.py", testPlainPy(unit));
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        for (String part : snake.split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    private static String modelsPy(int unit, List<Model> models) {
        StringBuilder out = new StringBuilder("""
                import uuid
                from decimal import Decimal

                from django.db import models
                from django.utils import timezone

                from .managers import ActiveManager


                class Status(models.TextChoices):
                    DRAFT = "draft", "Draft"
                    OPEN = "open", "Open"
                    CLOSED = "closed", "Closed"

                """);
        for (int i = 0; i < models.size(); i++) {
            Model model = models.get(i);
            out.append("\nclass ").append(model.name()).append("(models.Model):\n");
            for (String[] field : model.fields()) {
                out.append("    ").append(field[0]).append(" = ").append(field[1]).append('\n');
            }
            if (i > 0) {
                out.append("    parent = models.ForeignKey(").append(models.get(0).name())
                        .append(", on_delete=models.CASCADE, related_name=\"").append(snake(model.name())).append("s\")\n");
            }
            out.append("""
                        created_at = models.DateTimeField(auto_now_add=True)
                        updated_at = models.DateTimeField(auto_now=True)

                        objects = models.Manager()
                        active = ActiveManager()

                        class Meta:
                            ordering = ["-created_at"]
                            indexes = [models.Index(fields=["created_at"])]

                        def __str__(self):
                            return f"%s {self.pk}"

                        def is_recent(self, days=7):
                            return self.created_at >= timezone.now() - timezone.timedelta(days=days)
                    """.formatted(model.name()));
            if (model.fields().stream().anyMatch(f -> f[0].equals("amount"))) {
                out.append("""

                            def total(self, tax_rate=Decimal("0.20")):
                                return (self.amount * (1 + tax_rate)).quantize(Decimal("0.01"))
                        """);
            }
            if (sometimes(unit + i, "debug-print", 23)) {
                out.append("""

                            def describe(self):
                                print("describing", self.pk)
                                return str(self)
                        """);
            }
        }
        return out.toString();
    }

    private static String managersPy(List<Model> models) {
        return """
                from django.db import connection, models


                class ActiveManager(models.Manager):
                    def get_queryset(self):
                        return super().get_queryset().filter(created_at__isnull=False)

                    def counts_by_day(self):
                        # one aggregate the ORM cannot express efficiently on this table
                        with connection.cursor() as cursor:
                            cursor.execute("SELECT date(created_at), count(*) FROM %s GROUP BY 1")
                            return cursor.fetchall()
                """.formatted(snake(models.get(0).name()));
    }

    private static String adminPy(int unit, List<Model> models) {
        StringBuilder out = new StringBuilder("from django.contrib import admin\n\nfrom .models import ");
        out.append(String.join(", ", models.stream().map(Model::name).toList())).append("\n\n");
        for (int i = 0; i < models.size(); i++) {
            Model model = models.get(i);
            if (i == models.size() - 1 && sometimes(unit, "bare-admin", 9)) {
                out.append("\nadmin.site.register(").append(model.name()).append(")\n");
                continue;
            }
            List<String> names = model.fields().stream().map(f -> "\"" + f[0] + "\"").toList();
            out.append("""

                    @admin.register(%s)
                    class %sAdmin(admin.ModelAdmin):
                        fields = [%s]
                        list_display = [%s, "created_at"]
                        readonly_fields = ["created_at", "updated_at"]
                        search_fields = [%s]
                        list_per_page = 50
                    """.formatted(model.name(), model.name(), String.join(", ", names),
                    String.join(", ", names.subList(0, Math.min(3, names.size()))), names.get(0)));
        }
        return out.toString();
    }

    private static String signalsPy(int unit, String app, List<Model> models) {
        Model model = models.get(0);
        String handler = snake(model.name()) + "_saved";
        StringBuilder out = new StringBuilder("""
                import logging

                from django.db.models.signals import post_delete, post_save
                from django.dispatch import receiver

                from .models import %s

                logger = logging.getLogger(__name__)


                @receiver(post_save, sender=%s, dispatch_uid="%s.%s")
                def %s(sender, instance, created, **kwargs):
                    if created:
                        logger.info("created %%s %%s", sender.__name__, instance.pk)
                """.formatted(model.name(), model.name(), app, handler, handler));
        if (sometimes(unit, "module-connect", 13)) {
            out.append("""


                    def %s_deleted(sender, instance, **kwargs):
                        logger.info("deleted %%s", instance.pk)


                    post_delete.connect(%s_deleted, sender=%s)
                    """.formatted(snake(model.name()), snake(model.name()), model.name()));
        }
        return out.toString();
    }

    private static String servicesPy(int unit, List<Model> models) {
        Model model = models.get(0);
        String except = sometimes(unit, "bare-except", 17) ? "    except:\n" : "    except (ValueError, TypeError):\n";
        return """
                import logging
                from decimal import Decimal, InvalidOperation

                from django.db import transaction
                from django.utils import timezone

                from .models import %s

                logger = logging.getLogger(__name__)


                def parse_amount(raw):
                    try:
                        return Decimal(str(raw)).quantize(Decimal("0.01"))
                %s        return None


                def apply_discount(value, percent):
                    if percent < 0 or percent > 100:
                        raise ValueError("percent must be between 0 and 100")
                    return (value * (100 - percent) / 100).quantize(Decimal("0.01"))


                @transaction.atomic
                def archive_old(days=90):
                    stale = %s.objects.filter(updated_at__lt=timezone.now() - timezone.timedelta(days=days))
                    count = stale.count()
                    logger.info("archiving %%d rows", count)
                    return count


                def safe_ratio(a, b):
                    try:
                        return a / b
                    except (ZeroDivisionError, InvalidOperation):
                        return 0
                """.formatted(model.name(), except, model.name());
    }

    private static String serializersPy(int unit, List<Model> models) {
        StringBuilder out = new StringBuilder("from rest_framework import serializers\n\nfrom ..models import ");
        out.append(String.join(", ", models.stream().map(Model::name).toList())).append("\n\n");
        for (int i = 0; i < models.size(); i++) {
            Model model = models.get(i);
            List<String> names = new ArrayList<>(model.fields().stream().map(f -> "\"" + f[0] + "\"").toList());
            names.add(0, "\"id\"");
            String depth = i == 1 && sometimes(unit, "depth", 8) ? "        depth = 1\n" : "";
            out.append("""

                    class %sSerializer(serializers.ModelSerializer):
                        class Meta:
                            model = %s
                            fields = [%s]
                            read_only_fields = ["id"]
                    %s""".formatted(model.name(), model.name(), String.join(", ", names), depth));
            if (model.fields().stream().anyMatch(f -> f[0].equals("quantity"))) {
                out.append("""

                            def validate_quantity(self, value):
                                if value > 10000:
                                    raise serializers.ValidationError("quantity is too large")
                                return value
                        """);
            }
        }
        return out.toString();
    }

    private static String viewsPy(int unit, List<Model> models) {
        StringBuilder out = new StringBuilder("""
                from rest_framework import generics, mixins, permissions, viewsets
                from rest_framework.decorators import action
                from rest_framework.response import Response

                from ..models import %s
                from .serializers import %s

                """.formatted(String.join(", ", models.stream().map(Model::name).toList()),
                String.join(", ", models.stream().map(m -> m.name() + "Serializer").toList())));
        for (int i = 0; i < models.size(); i++) {
            Model model = models.get(i);
            String queryset = i > 0 ? model.name() + ".objects.select_related(\"parent\")"
                    : sometimes(unit, "no-prefetch", 4) ? model.name() + ".objects.all()"
                    : model.name() + ".objects.prefetch_related(\"" + snake(models.get(1).name()) + "s\")";
            if (i == 0 && sometimes(unit, "modelviewset", 6)) {
                out.append("""

                        class %sViewSet(viewsets.ModelViewSet):
                            queryset = %s
                            serializer_class = %sSerializer
                            permission_classes = [permissions.IsAuthenticated]
                        """.formatted(model.name(), queryset, model.name()));
                continue;
            }
            out.append("""

                    class %sViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
                        queryset = %s
                        serializer_class = %sSerializer
                        permission_classes = [permissions.IsAuthenticated]

                        def get_queryset(self):
                            queryset = super().get_queryset()
                            status = self.request.query_params.get("status")
                            if status:
                                queryset = queryset.filter(status=status)
                            return queryset

                        @action(detail=True, methods=["get"])
                        def summary(self, request, pk=None):
                            item = self.get_object()
                            return Response({"id": item.pk, "label": str(item)})
                    """.formatted(model.name(), queryset, model.name()));
            if (sometimes(unit + i, "view-print", 19)) {
                out.append("""

                            def list(self, request, *args, **kwargs):
                                print("listing", request.user)
                                return super().list(request, *args, **kwargs)
                        """);
            }
        }
        return out.toString();
    }

    private static String urlsPy(List<Model> models) {
        StringBuilder out = new StringBuilder("""
                from rest_framework.routers import DefaultRouter

                from . import views

                router = DefaultRouter()
                """);
        for (Model model : models) {
            out.append("router.register(\"").append(snake(model.name())).append("s\", views.").append(model.name())
                    .append("ViewSet)\n");
        }
        return out.append("\nurlpatterns = router.urls\n").toString();
    }

    private static String migrationPy(List<Model> models, String previous) {
        StringBuilder out = new StringBuilder("import uuid\n\nfrom django.db import migrations, models\n\n\n");
        out.append("class Migration(migrations.Migration):\n");
        if (previous == null) {
            out.append("    initial = True\n\n    dependencies = []\n\n    operations = [\n");
            for (Model model : models) {
                out.append("        migrations.CreateModel(\n            name=\"").append(model.name())
                        .append("\",\n            fields=[\n")
                        .append("                (\"id\", models.BigAutoField(auto_created=True, primary_key=True)),\n");
                for (String[] field : model.fields()) {
                    out.append("                (\"").append(field[0]).append("\", ")
                            .append(field[1].replace("choices=Status.choices, ", "")).append("),\n");
                }
                out.append("                (\"created_at\", models.DateTimeField(auto_now_add=True)),\n")
                        .append("                (\"updated_at\", models.DateTimeField(auto_now=True)),\n")
                        .append("            ],\n        ),\n");
            }
        } else {
            out.append("    dependencies = [(\"").append("app\", \"").append(previous).append("\")]\n\n    operations = [\n")
                    .append("        migrations.AddField(\n            model_name=\"").append(snake(models.get(0).name()))
                    .append("\",\n            name=\"internal_notes\",\n")
                    .append("            field=models.TextField(blank=True, default=\"\"),\n        ),\n");
        }
        return out.append("    ]\n").toString();
    }

    private static String factoriesPy(String app, List<Model> models) {
        StringBuilder out = new StringBuilder("import factory\n\nfrom apps.").append(app).append(".models import ")
                .append(String.join(", ", models.stream().map(Model::name).toList())).append("\n\n");
        for (int i = 0; i < models.size(); i++) {
            Model model = models.get(i);
            out.append("\nclass ").append(model.name()).append("Factory(factory.django.DjangoModelFactory):\n")
                    .append("    class Meta:\n        model = ").append(model.name()).append("\n\n");
            for (String[] field : model.fields()) {
                String value = switch (field[2]) {
                    case "number" -> "factory.Sequence(lambda n: n + 1)";
                    case "boolean" -> "True";
                    default -> field[0].equals("email") ? "factory.Faker(\"email\")"
                            : field[0].equals("status") ? "\"draft\""
                            : field[0].equals("external_id") || field[0].equals("starts_at") || field[0].equals("metadata")
                                    ? null : "factory.Sequence(lambda n: f\"" + field[0] + "-{n}\")";
                };
                if (value != null) {
                    out.append("    ").append(field[0]).append(" = ").append(value).append('\n');
                }
            }
            if (i > 0) {
                out.append("    parent = factory.SubFactory(").append(models.get(0).name()).append("Factory)\n");
            }
        }
        return out.toString();
    }

    private static String testModelsPy(int unit, List<Model> models) {
        Model model = models.get(0);
        boolean classMark = sometimes(unit, "class-mark", 14);
        boolean missingMark = sometimes(unit, "missing-mark", 10);
        boolean debugCheck = sometimes(unit, "debug-check", 16);
        StringBuilder out = new StringBuilder("import pytest\n");
        if (debugCheck) {
            out.append("from django.conf import settings\n");
        }
        out.append("\nfrom ..models import ").append(model.name()).append("\nfrom .factories import ")
                .append(model.name()).append("Factory\n\n");
        out.append("""

                @pytest.mark.django_db
                def test_str_names_the_row():
                    item = %sFactory()
                    assert str(item).startswith("%s")


                @pytest.mark.django_db
                def test_recent_rows_are_recent():
                    item = %sFactory()
                    assert item.is_recent()
                """.formatted(model.name(), model.name(), model.name()));
        out.append(missingMark ? "\n\n" : "\n\n@pytest.mark.django_db\n");
        out.append("""
                def test_active_manager_lists_created_rows():
                    %sFactory.create_batch(3)
                    assert %s.active.count() == 3
                """.formatted(model.name(), model.name()));
        if (classMark) {
            out.append("""


                    @pytest.mark.django_db
                    class TestOrdering:
                        def test_newest_first(self):
                            first = %sFactory()
                            second = %sFactory()
                            assert list(%s.objects.all())[:2] == [second, first]
                    """.formatted(model.name(), model.name(), model.name()));
        } else {
            out.append("""


                    class TestOrdering:
                        @pytest.mark.django_db
                        def test_newest_first(self):
                            first = %sFactory()
                            second = %sFactory()
                            assert list(%s.objects.all())[:2] == [second, first]
                    """.formatted(model.name(), model.name(), model.name()));
        }
        if (debugCheck) {
            out.append("""


                    def test_debug_is_off():
                        assert not settings.DEBUG
                    """);
        }
        return out.toString();
    }

    private static String testApiPy(int unit, String app, List<Model> models) {
        Model model = models.get(0);
        String route = snake(model.name()) + "s";
        return """
                import pytest
                from rest_framework.test import APIClient

                from .factories import %sFactory


                @pytest.fixture
                def client(django_user_model):
                    user = django_user_model.objects.create_user(username="u%d", password="pw")
                    api = APIClient()
                    api.force_authenticate(user)
                    return api


                @pytest.mark.django_db
                def test_list_returns_a_page(client):
                    %sFactory.create_batch(2)
                    response = client.get("/api/%s/%s/")
                    assert response.status_code == 200
                    assert response.json()["count"] == 2


                @pytest.mark.django_db
                def test_anonymous_users_are_refused():
                    response = APIClient().get("/api/%s/%s/")
                    assert response.status_code in (401, 403)


                @pytest.mark.django_db
                def test_summary_names_the_row(client):
                    item = %sFactory()
                    response = client.get(f"/api/%s/%s/{item.pk}/summary/")
                    assert response.json()["id"] == item.pk
                """.formatted(model.name(), unit, model.name(), app, route, app, route, model.name(), app, route);
    }

    private static String testPlainPy(int unit) {
        Random random = random("plain", unit);
        int percent = 5 + random.nextInt(40);
        return """
                from decimal import Decimal

                import pytest

                from ..services import apply_discount, parse_amount, safe_ratio


                def test_parse_amount_rounds_to_cents():
                    assert parse_amount("10.005") == Decimal("10.00")


                def test_parse_amount_rejects_text():
                    assert parse_amount("ten") is None


                @pytest.mark.parametrize("value", [Decimal("100"), Decimal("19.99"), Decimal("0")])
                def test_discount_never_raises_the_price(value):
                    assert apply_discount(value, %d) <= value


                def test_discount_outside_range_is_refused():
                    with pytest.raises(ValueError):
                        apply_discount(Decimal("1"), 101)


                def test_safe_ratio_of_zero():
                    assert safe_ratio(1, 0) == 0
                """.formatted(percent);
    }

    // ---- a front-end feature --------------------------------------------------------------

    private void feature(int service, int unit) {
        String app = appName(unit);
        String folder = "frontend/src/features/" + serviceName(service) + "/" + app.replace('_', '-') + "/";
        Model model = models(unit).get(0);
        String type = model.name();
        String route = snake(type) + "s";
        StringBuilder fields = new StringBuilder("  id: number;\n");
        for (String[] field : model.fields()) {
            fields.append("  ").append(toCamel(field[0])).append(": ")
                    .append(field[2]).append(";\n");
        }
        write(folder + "types.ts", "export interface " + type + " {\n" + fields + "  createdAt: string;\n}\n\n"
                + "export type " + type + "Filter = { status?: string; page?: number };\n");
        write(folder + "api.ts", """
                import { request, type Page } from "../../../lib/http";
                import type { %s, %sFilter } from "./types";

                const base = "%s/%s/";

                export function list%ss(filter: %sFilter = {}): Promise<Page<%s>> {
                  const query = new URLSearchParams();
                  if (filter.status) query.set("status", filter.status);
                  if (filter.page) query.set("page", String(filter.page));
                  return request<Page<%s>>(`${base}?${query}`);
                }

                export function get%s(id: number): Promise<%s> {
                  return request<%s>(`${base}${id}/`);
                }
                """.formatted(type, type, app, route, type, type, type, type, type, type, type));
        write(folder + "store.ts", """
                import type { %s } from "./types";

                export interface %sState {
                  items: %s[];
                  loading: boolean;
                  error?: string;
                }

                export const initial%sState: %sState = { items: [], loading: false };

                export function reduce%s(state: %sState, action: { type: string; items?: %s[]; error?: string }): %sState {
                  switch (action.type) {
                    case "loading":
                      return { ...state, loading: true, error: undefined };
                    case "loaded":
                      return { items: action.items ?? [], loading: false };
                    case "failed":
                      return { ...state, loading: false, error: action.error };
                    default:
                      return state;
                  }
                }
                """.formatted(type, type, type, type, type, type, type, type, type));
        write(folder + type + "List.tsx", """
                import { useEffect, useReducer } from "react";
                import { list%ss } from "./api";
                import { initial%sState, reduce%s } from "./store";

                export function %sList() {
                  const [state, dispatch] = useReducer(reduce%s, initial%sState);
                  useEffect(() => {
                    dispatch({ type: "loading" });
                    list%ss()
                      .then((page) => dispatch({ type: "loaded", items: page.results }))
                      .catch((error: Error) => dispatch({ type: "failed", error: error.message }));
                  }, []);
                  if (state.loading) return <p>Loading…</p>;
                  if (state.error) return <p role="alert">{state.error}</p>;
                  return (
                    <ul>
                      {state.items.map((item) => (
                        <li key={item.id}>{String(item.id)}</li>
                      ))}
                    </ul>
                  );
                }
                """.formatted(type, type, type, type, type, type, type));
        write(folder + "store.test.ts", """
                import { describe, expect, it } from "vitest";
                import { initial%sState, reduce%s } from "./store";

                describe("reduce%s", () => {
                  it("starts loading", () => {
                    expect(reduce%s(initial%sState, { type: "loading" }).loading).toBe(true);
                  });
                  it("keeps the loaded items", () => {
                    const state = reduce%s(initial%sState, { type: "loaded", items: [] });
                    expect(state.items).toEqual([]);
                  });
                });
                """.formatted(type, type, type, type, type, type, type));
        write(folder + "index.ts", "export { " + type + "List } from \"./" + type + "List\";\nexport type { " + type
                + " } from \"./types\";\n");
    }

    private static String toCamel(String snake) {
        String camel = camel(snake);
        return Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
    }
}
