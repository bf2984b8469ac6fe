package dev.guidepost.check.layout;

import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.LinkedHashMap;
import java.util.function.Function;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ini options of the pytest configuration file in effect, found as pytest finds it: walking
 * up from a folder, the first of {@code pytest.ini}, {@code .pytest.ini}, {@code pyproject.toml}
 * with {@code [tool.pytest.ini_options]}, {@code tox.ini} with {@code [pytest]} and
 * {@code setup.cfg} with {@code [tool:pytest]} wins.
 *
 * @param path the configuration file, relative to the repository root
 * @param options option names in lower case, values as written (TOML arrays joined by spaces)
 */
public record PytestConfig(String path, Map<String, String> options) {

    /** The candidate file names of one folder, in pytest's order. */
    public static final List<String> FILE_NAMES = List.of("pytest.ini", ".pytest.ini", "pyproject.toml", "tox.ini",
            "setup.cfg");

    public PytestConfig {
        options = Map.copyOf(options);
    }

    /**
     * The configuration in effect for {@code folder}, found walking up as pytest does.
     *
     * @param read the configuration a candidate file holds (parsed and cached by the caller)
     */
    public static Optional<PytestConfig> inEffect(Workspace workspace, String folder,
            Function<WorkspaceFile, Optional<PytestConfig>> read) {
        for (String dir = folder; dir != null; dir = UnitFacts.parent(dir)) {
            for (String name : FILE_NAMES) {
                Optional<WorkspaceFile> file = workspace.file(dir.isEmpty() ? name : dir + "/" + name);
                if (file.isPresent()) {
                    Optional<PytestConfig> config = read.apply(file.get());
                    if (config.isPresent()) {
                        return config;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The configuration a file holds, if it is a pytest configuration file. */
    public static Optional<PytestConfig> read(String path, String text) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Map<String, String> options = new LinkedHashMap<>();
        switch (name) {
            case "pytest.ini", ".pytest.ini" -> {
                // a pytest.ini is the configuration even when its [pytest] section is empty or missing
                IniDocument.parse(text).section("pytest").forEach(options::put);
                return Optional.of(new PytestConfig(path, options));
            }
            case "pyproject.toml" -> {
                Optional<Map<String, Object>> table = TomlDocument.parse(text).table("tool.pytest.ini_options");
                if (table.isEmpty()) {
                    return Optional.empty();
                }
                table.get().forEach((key, value) -> options.put(key.toLowerCase(Locale.ROOT),
                        value instanceof List<?> ? String.join(" ", TomlDocument.strings(value)) : String.valueOf(value)));
                return Optional.of(new PytestConfig(path, options));
            }
            case "tox.ini", "setup.cfg" -> {
                IniDocument ini = IniDocument.parse(text);
                String section = name.equals("tox.ini") ? "pytest" : "tool:pytest";
                if (!ini.hasSection(section)) {
                    return Optional.empty();
                }
                ini.section(section).forEach(options::put);
                return Optional.of(new PytestConfig(path, options));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * True when the configuration sets ini option {@code name}; for {@code DJANGO_SETTINGS_MODULE}
     * and {@code DJANGO_CONFIGURATION} the pytest-django command-line forms in {@code addopts}
     * ({@code --ds=…}, {@code --ds …}, {@code --dc}) count too.
     */
    public boolean sets(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        String value = options.get(key);
        if (value != null && !value.isBlank()) {
            return true;
        }
        String flag = switch (key) {
            case "django_settings_module" -> "--ds";
            case "django_configuration" -> "--dc";
            default -> null;
        };
        if (flag == null) {
            return false;
        }
        String addopts = options.getOrDefault("addopts", "");
        for (String token : addopts.split("\\s+")) {
            if (token.equals(flag) || token.startsWith(flag + "=")) {
                return true;
            }
        }
        return false;
    }
}
