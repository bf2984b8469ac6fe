package dev.guidepost.setup;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a project runs its commands: plainly ({@code python manage.py test}), through a Python tool
 * runner ({@code uv run}, {@code poetry run}, {@code pipenv run}) or inside a Compose service
 * ({@code docker compose exec web}).
 *
 * @param prefix what goes before every command ("" or e.g. {@code "uv run "})
 * @param evidence the file that showed it, for the reader of the generated text ("" for plain)
 */
public record CommandStyle(String prefix, String evidence) {

    /** Commands typed as they are. */
    public static final CommandStyle PLAIN = new CommandStyle("", "");

    private static final List<String> COMPOSE_FILES = List.of("compose.yaml", "compose.yml", "docker-compose.yml",
            "docker-compose.yaml");
    /** A Compose service (two-space or deeper indented key under {@code services:}) and its body. */
    private static final Pattern SERVICE = Pattern.compile("(?m)^( +)([A-Za-z0-9][A-Za-z0-9_.-]*):[ \t]*$");

    /** The spelling of a {@code manage.py} subcommand (with arguments, if any) in this style. */
    public String managePy(String subcommand) {
        return prefix + "python manage.py " + subcommand;
    }

    /** A plain command ({@code pytest}) in this style. */
    public String tool(String command) {
        return prefix + command;
    }

    /** True when commands are typed as they are. */
    public boolean plain() {
        return prefix.isEmpty();
    }

    /**
     * The style of the project at {@code project}: a lock or configuration file of uv, Poetry or
     * Pipenv in the project folder or a folder above it; else a Compose file there whose service
     * runs {@code manage.py}; else plain.
     *
     * @param text reads a file's text (empty when unreadable)
     */
    public static CommandStyle detect(Workspace workspace, String project, Function<WorkspaceFile, Optional<String>> text) {
        for (String folder = project; folder != null; folder = parent(folder)) {
            Optional<CommandStyle> runner = runner(workspace, folder, text);
            if (runner.isPresent()) {
                return runner.get();
            }
        }
        for (String folder = project; folder != null; folder = parent(folder)) {
            for (String name : COMPOSE_FILES) {
                Optional<WorkspaceFile> file = workspace.file(join(folder, name));
                Optional<String> service = file.flatMap(text).flatMap(CommandStyle::djangoService);
                if (service.isPresent()) {
                    return new CommandStyle("docker compose exec " + service.get() + " ", file.get().path());
                }
            }
        }
        return PLAIN;
    }

    private static Optional<CommandStyle> runner(Workspace workspace, String folder,
            Function<WorkspaceFile, Optional<String>> text) {
        if (workspace.file(join(folder, "uv.lock")).isPresent()) {
            return Optional.of(new CommandStyle("uv run ", join(folder, "uv.lock")));
        }
        if (workspace.file(join(folder, "poetry.lock")).isPresent()) {
            return Optional.of(new CommandStyle("poetry run ", join(folder, "poetry.lock")));
        }
        for (String name : List.of("Pipfile.lock", "Pipfile")) {
            if (workspace.file(join(folder, name)).isPresent()) {
                return Optional.of(new CommandStyle("pipenv run ", join(folder, name)));
            }
        }
        Optional<WorkspaceFile> pyproject = workspace.file(join(folder, "pyproject.toml"));
        Optional<String> toml = pyproject.flatMap(text);
        if (toml.isPresent()) {
            if (toml.get().contains("[tool.poetry]")) {
                return Optional.of(new CommandStyle("poetry run ", pyproject.get().path()));
            }
            if (toml.get().contains("[tool.uv]")) {
                return Optional.of(new CommandStyle("uv run ", pyproject.get().path()));
            }
        }
        return Optional.empty();
    }

    /** The first service of a Compose file whose definition mentions {@code manage.py}. */
    static Optional<String> djangoService(String compose) {
        Matcher top = Pattern.compile("(?m)^services:[ \t]*$").matcher(compose);
        if (!top.find()) {
            return Optional.empty();
        }
        String body = compose.substring(top.end());
        Matcher next = Pattern.compile("(?m)^[A-Za-z_\"']").matcher(body);
        if (next.find()) {
            body = body.substring(0, next.start());
        }
        Matcher m = SERVICE.matcher(body);
        String indent = null;
        String name = null;
        int start = 0;
        while (m.find()) {
            if (indent == null) {
                indent = m.group(1);
            }
            if (!m.group(1).equals(indent)) {
                continue;
            }
            if (name != null && body.substring(start, m.start()).contains("manage.py")) {
                return Optional.of(name);
            }
            name = m.group(2);
            start = m.end();
        }
        return name != null && body.substring(start).contains("manage.py") ? Optional.of(name) : Optional.empty();
    }

    /** The folder above {@code folder} ("" for a top-level folder), null for the root itself. */
    public static String parent(String folder) {
        if (folder.isEmpty()) {
            return null;
        }
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }

    /** {@code name} inside {@code folder} ("" for the root). */
    public static String join(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
