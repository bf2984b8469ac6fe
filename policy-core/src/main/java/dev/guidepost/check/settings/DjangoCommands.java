package dev.guidepost.check.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The common ways to type a Django management command, so that a policy such as "migrate is
 * denied" can be tested against a {@link PermissionSet} for each spelling.
 */
public final class DjangoCommands {

    /** Launchers of {@code manage.py} and {@code django-admin}, as commonly typed. */
    public static final List<String> LAUNCHERS = List.of(
            "python manage.py", "python3 manage.py", "./manage.py", "django-admin");

    /**
     * Launchers that run {@code manage.py} through a tool or container ({@code uv run},
     * {@code poetry run}, {@code pipenv run}, {@code docker compose exec web}). They count where a
     * command getting through in any spelling matters (an allow rule that lets it run unasked) and
     * where one allowed spelling is enough; a deny list is not asked to name them too.
     */
    public static final List<String> WRAPPED_LAUNCHERS = List.of(
            "uv run python manage.py", "uv run manage.py", "poetry run python manage.py",
            "pipenv run python manage.py", "docker compose exec web python manage.py",
            "docker-compose exec web python manage.py");

    /**
     * Python tool runners a project may type any command through ({@code uv run pytest}); an
     * {@code allows} expectation is met when the command is allowed bare or through one of them.
     */
    public static final List<String> TOOL_RUNNERS = List.of("uv run", "poetry run", "pipenv run");

    private static final Map<String, List<String>> TYPICAL_ARGUMENTS = Map.of(
            "migrate", List.of("app", "app 0001", "--fake", "app zero", "--noinput"),
            "flush", List.of("--noinput", "--database default"),
            "loaddata", List.of("fixtures.json", "app/fixtures/initial.json --app app"),
            "runserver", List.of("8000", "0.0.0.0:8000"),
            "makemigrations", List.of("app", "--check --dry-run", "--merge"),
            "showmigrations", List.of("app", "--plan"),
            "shell", List.of("-c \"print(1)\"", "-i ipython"));

    private DjangoCommands() {
    }

    /** {@code subcommand} behind each launcher, without arguments. */
    public static List<String> spellings(String subcommand) {
        List<String> out = new ArrayList<>();
        for (String launcher : LAUNCHERS) {
            out.add(launcher + " " + subcommand);
        }
        return out;
    }

    /** Each bare spelling, then each with typical arguments of the subcommand (if it has any known). */
    public static List<String> spellingsWithArguments(String subcommand) {
        List<String> out = new ArrayList<>(spellings(subcommand));
        for (String launcher : LAUNCHERS) {
            for (String arguments : TYPICAL_ARGUMENTS.getOrDefault(subcommand, List.of())) {
                out.add(launcher + " " + subcommand + " " + arguments);
            }
        }
        return out;
    }

    /** {@code subcommand} behind each wrapped launcher, bare and with its typical arguments. */
    public static List<ToolUse> wrappedUses(String subcommand) {
        List<ToolUse> out = new ArrayList<>();
        for (String launcher : WRAPPED_LAUNCHERS) {
            out.add(ToolUse.bash(launcher + " " + subcommand));
            for (String arguments : TYPICAL_ARGUMENTS.getOrDefault(subcommand, List.of())) {
                out.add(ToolUse.bash(launcher + " " + subcommand + " " + arguments));
            }
        }
        return out;
    }

    /** {@code subcommand} behind each wrapped launcher, without arguments. */
    public static List<ToolUse> wrappedBare(String subcommand) {
        return WRAPPED_LAUNCHERS.stream().map(l -> ToolUse.bash(l + " " + subcommand)).toList();
    }

    /**
     * One list per launcher (the common ones, then the wrapped ones): {@code subcommand} behind
     * it, bare and with each typical argument list.
     */
    public static List<List<ToolUse>> byLauncher(String subcommand) {
        List<List<ToolUse>> out = new ArrayList<>();
        for (String launcher : java.util.stream.Stream.concat(LAUNCHERS.stream(), WRAPPED_LAUNCHERS.stream()).toList()) {
            List<ToolUse> group = new ArrayList<>();
            group.add(ToolUse.bash(launcher + " " + subcommand));
            for (String arguments : TYPICAL_ARGUMENTS.getOrDefault(subcommand, List.of())) {
                group.add(ToolUse.bash(launcher + " " + subcommand + " " + arguments));
            }
            out.add(List.copyOf(group));
        }
        return List.copyOf(out);
    }

    /** The Bash tool uses of {@link #spellingsWithArguments(String)}. */
    public static List<ToolUse> uses(String subcommand) {
        return spellingsWithArguments(subcommand).stream().map(ToolUse::bash).toList();
    }
}
