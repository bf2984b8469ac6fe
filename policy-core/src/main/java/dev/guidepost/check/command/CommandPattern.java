package dev.guidepost.check.command;

import dev.guidepost.check.settings.BashPattern;
import dev.guidepost.check.settings.DjangoCommands;
import dev.guidepost.check.settings.SettingsCommand;
import java.util.List;
import java.util.stream.Stream;

/**
 * A command as a {@code command} rule names it, read as the commands of {@code target: settings}
 * rules are: {@code manage.py SUBCOMMAND} stands for every spelling of that Django management
 * command ({@code python manage.py}, {@code ./manage.py}, {@code django-admin}, and through
 * {@code uv run}, {@code poetry run}, {@code pipenv run} or {@code docker compose exec web}), bare or
 * with any arguments; any other text is a pattern in the form of a {@code Bash(…)} permission rule
 * ({@link BashPattern}: exact text, {@code cmd:*}, or {@code *} wildcards).
 *
 * @param text     the command as written in the rule
 * @param patterns what a simple command is matched against (one suffices)
 */
public record CommandPattern(String text, List<BashPattern> patterns) {

    public CommandPattern {
        patterns = List.copyOf(patterns);
    }

    /** Reads one command of a rule. */
    public static CommandPattern of(String written) {
        String text = written.trim();
        if (text.startsWith(SettingsCommand.MANAGE_PY) && text.length() > SettingsCommand.MANAGE_PY.length()) {
            String subcommand = text.substring(SettingsCommand.MANAGE_PY.length()).trim();
            // "migrate" also stands for "migrate app 0001"; "*" alone already takes any arguments
            String tail = subcommand.endsWith("*") ? "" : " *";
            List<BashPattern> patterns = Stream.concat(DjangoCommands.LAUNCHERS.stream(),
                            DjangoCommands.WRAPPED_LAUNCHERS.stream())
                    .map(launcher -> BashPattern.of(launcher + " " + subcommand + tail))
                    .toList();
            return new CommandPattern(text, patterns);
        }
        return new CommandPattern(text, List.of(BashPattern.of(text)));
    }

    /** Does the simple command match? */
    public boolean matches(SimpleCommand command) {
        return patterns.stream().anyMatch(p -> p.matches(command.text()));
    }
}
