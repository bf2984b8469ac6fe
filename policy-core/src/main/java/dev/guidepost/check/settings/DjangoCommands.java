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

    /** The Bash tool uses of {@link #spellingsWithArguments(String)}. */
    public static List<ToolUse> uses(String subcommand) {
        return spellingsWithArguments(subcommand).stream().map(ToolUse::bash).toList();
    }
}
