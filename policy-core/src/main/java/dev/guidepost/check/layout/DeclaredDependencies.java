package dev.guidepost.check.layout;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.guidepost.unit.Units;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Python distributions a project file declares, PEP 503 normalised. Knows pip requirement
 * files ({@code requirements*.txt}, {@code requirements/*.txt}, pip-tools {@code .in} files),
 * {@code pyproject.toml} (PEP 621 dependencies and optional dependencies, PEP 735 dependency
 * groups, Poetry, PDM and uv tables), {@code setup.cfg} ({@code install_requires},
 * {@code extras_require}), {@code setup.py} (string literals in {@code install_requires} /
 * {@code extras_require}) and {@code Pipfile}.
 */
public final class DeclaredDependencies {

    private static final Pattern REQUIREMENTS_FILE = Pattern.compile(
            "(?:^|/)(?:requirements[^/]*\\.(?:txt|in)|requirements/[^/]+\\.(?:txt|in))$");
    private static final Pattern EGG = Pattern.compile("#egg=([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final Pattern SETUP_PY_KEYWORD =
            Pattern.compile("\\b(?:install_requires|extras_require|tests_require)\\s*=\\s*[\\[{(]");
    private static final Pattern PY_STRING = Pattern.compile("\"([^\"\\\\\\n]*)\"|'([^'\\\\\\n]*)'");

    private DeclaredDependencies() {
    }

    /** True when a file at {@code path} is one this class reads. */
    public static boolean isDeclarationFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        // what every requirements file's path holds, looked for before the regex (asked of every
        // file of the repository: the regex alone cost ~30 ms on saleor)
        return name.equals("pyproject.toml") || name.equals("setup.cfg") || name.equals("setup.py")
                || name.equals("Pipfile") || (path.endsWith(".txt") || path.endsWith(".in"))
                && path.contains("requirements") && REQUIREMENTS_FILE.matcher(path).find();
    }

    /**
     * The normalised names a project declares: in the declaration files anywhere inside its folder
     * (test and vendored folders aside) and in those directly in the folders above it.
     *
     * @param project the project folder ("" for the root)
     * @param declared the names one declaration file declares (parsed and cached by the caller)
     */
    public static Set<String> ofProject(Workspace workspace, String project, Function<WorkspaceFile, Set<String>> declared) {
        Set<String> names = new TreeSet<>();
        for (WorkspaceFile file : workspace.filesUnder(project)) {
            String relative = project.isEmpty() ? file.directory()
                    : file.directory().length() > project.length() ? file.directory().substring(project.length() + 1) : "";
            if (isDeclarationFile(file.path()) && !Units.skipped(relative)) {
                names.addAll(declared.apply(file));
            }
        }
        for (String folder = UnitFacts.parent(project); folder != null; folder = UnitFacts.parent(folder)) {
            for (WorkspaceFile file : workspace.filesIn(folder)) {
                if (isDeclarationFile(file.path())) {
                    names.addAll(declared.apply(file));
                }
            }
        }
        return Set.copyOf(names);
    }

    /** The normalised names declared in a file; empty for files of other kinds. */
    public static Set<String> read(String path, String text) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Set<String> names = new TreeSet<>();
        switch (name) {
            case "pyproject.toml" -> readPyproject(TomlDocument.parse(text), names);
            case "Pipfile" -> {
                TomlDocument toml = TomlDocument.parse(text);
                keysOf(toml, "packages", names);
                keysOf(toml, "dev-packages", names);
            }
            case "setup.cfg" -> readSetupCfg(IniDocument.parse(text), names);
            case "setup.py" -> readSetupPy(text, names);
            default -> {
                if (REQUIREMENTS_FILE.matcher(path).find()) {
                    readRequirements(text, names);
                }
            }
        }
        return names;
    }

    /** Reads a pip requirements file: one requirement a line, options and includes skipped. */
    static void readRequirements(String text, Set<String> names) {
        for (String raw : text.replace("\\\r\n", " ").replace("\\\n", " ").split("\r?\n")) {
            String line = raw.strip();
            Matcher egg = EGG.matcher(line);
            if (egg.find()) {
                names.add(RequirementName.normalise(egg.group(1)));
                continue;
            }
            int comment = line.indexOf(" #");
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("-") || line.contains("://")
                    && !line.contains(" @ ")) {
                continue;
            }
            RequirementName.ofRequirement(line).ifPresent(names::add);
        }
    }

    private static void readPyproject(TomlDocument toml, Set<String> names) {
        toml.value("project.dependencies").ifPresent(v -> requirements(v, names));
        toml.table("project.optional-dependencies").ifPresent(t -> t.values().forEach(v -> requirements(v, names)));
        toml.table("dependency-groups").ifPresent(t -> t.values().forEach(v -> requirements(v, names)));
        toml.value("tool.uv.dev-dependencies").ifPresent(v -> requirements(v, names));
        toml.table("tool.pdm.dev-dependencies").ifPresent(t -> t.values().forEach(v -> requirements(v, names)));
        keysOf(toml, "tool.poetry.dependencies", names);
        keysOf(toml, "tool.poetry.dev-dependencies", names);
        toml.table("tool.poetry.group").ifPresent(groups -> groups.values().forEach(group -> {
            if (group instanceof Map<?, ?> g && g.get("dependencies") instanceof Map<?, ?> deps) {
                deps.keySet().forEach(k -> addName(String.valueOf(k), names));
            }
        }));
        names.remove("python");
    }

    private static void keysOf(TomlDocument toml, String table, Set<String> names) {
        toml.table(table).ifPresent(t -> t.keySet().forEach(k -> addName(k, names)));
    }

    private static void addName(String name, Set<String> names) {
        if (!name.equalsIgnoreCase("python")) {
            RequirementName.ofRequirement(name).ifPresent(names::add);
        }
    }

    private static void requirements(Object value, Set<String> names) {
        for (String requirement : TomlDocument.strings(value)) {
            RequirementName.ofRequirement(requirement).ifPresent(names::add);
        }
    }

    private static void readSetupCfg(IniDocument ini, Set<String> names) {
        ini.value("options", "install_requires").ifPresent(v -> readRequirements(v, names));
        ini.value("options", "tests_require").ifPresent(v -> readRequirements(v, names));
        ini.section("options.extras_require").values().forEach(v -> readRequirements(v, names));
    }

    private static void readSetupPy(String text, Set<String> names) {
        Matcher keyword = SETUP_PY_KEYWORD.matcher(text);
        while (keyword.find()) {
            String literal = bracketed(text, keyword.end() - 1);
            boolean dict = literal.startsWith("{");
            Matcher string = PY_STRING.matcher(literal);
            while (string.find()) {
                if (dict && isDictKey(literal, string.end())) {
                    continue;
                }
                String value = string.group(1) != null ? string.group(1) : string.group(2);
                RequirementName.ofRequirement(value).ifPresent(names::add);
            }
        }
    }

    /** The text from the bracket at {@code open} to its partner, skipping brackets inside strings. */
    private static String bracketed(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if (c == ']' || c == '}' || c == ')') {
                depth--;
                if (depth == 0) {
                    return text.substring(open, i + 1);
                }
            }
        }
        return text.substring(open);
    }

    private static boolean isDictKey(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':';
    }
}
