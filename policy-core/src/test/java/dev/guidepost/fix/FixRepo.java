package dev.guidepost.fix;

import dev.guidepost.CheckRequest;
import dev.guidepost.FixResult;
import dev.guidepost.Guidepost;
import dev.guidepost.report.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small Django repository on disk for the fix tests. */
final class FixRepo {

    /** The rules about destructive commands and the dev loop that {@code --fix} must settle. */
    static final Set<String> PERMISSION_RULES = Set.of("django/settings-deny-destructive",
            "django/settings-allow-conflict", "django/settings-allow-dev-loop");

    private FixRepo() {
    }

    /** A Django project at {@code root} ({@code manage.py} and a settings module), typed through uv when asked. */
    static void project(Path root, boolean uv) {
        write(root, "manage.py", "#!/usr/bin/env python\nimport os\nimport sys\n\nif __name__ == \"__main__\":\n"
                + "    os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"config.settings\")\n"
                + "    from django.core.management import execute_from_command_line\n"
                + "    execute_from_command_line(sys.argv)\n");
        write(root, "config/__init__.py", "");
        write(root, "config/settings.py", "INSTALLED_APPS = []\n");
        if (uv) {
            write(root, "uv.lock", "version = 1\n");
            write(root, "pyproject.toml", "[project]\nname = \"shop\"\nversion = \"0.1.0\"\n\n[tool.uv]\n");
        }
    }

    static void write(Path root, String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path root, String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CheckRequest request(Path root) {
        return CheckRequest.of(root).withPolicy("builtin:django").withThreads(1);
    }

    static FixResult fix(Path root, boolean write) {
        return Guidepost.standard().fix(request(root), write);
    }

    static List<Finding> permissionFindings(List<Finding> findings) {
        return findings.stream().filter(f -> PERMISSION_RULES.contains(f.ruleId())).toList();
    }

    /** Every file under {@code root} with its text. */
    static Map<String, String> snapshot(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            Map<String, String> out = new TreeMap<>();
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
