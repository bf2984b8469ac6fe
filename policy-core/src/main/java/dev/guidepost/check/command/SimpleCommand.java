package dev.guidepost.check.command;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.guidepost.check.settings.ShellCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One simple command of a command line, as the permission rules of Claude Code settings read it
 * ({@link ShellCommand#split}), with the variables set for it: assignments written before it
 * ({@code DJANGO_SETTINGS_MODULE=x python manage.py migrate}, also after {@code env}) and
 * {@code export}s earlier on the same line. A path before {@code manage.py}
 * ({@code python backend/manage.py}) is dropped, so that the spellings of a Django management
 * command match however deep the project lies.
 *
 * @param typed the part as typed
 * @param text  the part without its leading assignments, as patterns match it
 * @param env   the variables set for it on the command line (later assignments win)
 */
public record SimpleCommand(String typed, String text, Map<String, String> env) {

    private static final Pattern ASSIGNMENT =
            Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)=(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^\\s'\"]*)(?:\\s+|$)");
    private static final Pattern EXPORT = Pattern.compile("^export\\s+");
    private static final Pattern ENV = Pattern.compile("^env\\s+");
    private static final Pattern PYTHON_PATH = Pattern.compile("^(python[0-9.]*\\s+)\\S*/manage\\.py(\\s|$)");
    private static final Pattern DIRECT_PATH = Pattern.compile("^\\S*/manage\\.py(\\s|$)");
    private static final Pattern SETTINGS_OPTION =
            Pattern.compile("(?:^|\\s)--settings(?:=|\\s+)(\"[^\"]*\"|'[^']*'|[^\\s'\"]+)");

    public SimpleCommand {
        env = Map.copyOf(env);
    }

    /** The simple commands of a command line, in order; empty for a blank line. */
    public static List<SimpleCommand> read(String line) {
        List<SimpleCommand> out = new ArrayList<>();
        Map<String, String> exported = new LinkedHashMap<>();
        for (String part : ShellCommand.split(line)) {
            Matcher export = EXPORT.matcher(part);
            if (export.find()) {
                exported.putAll(assignments(part.substring(export.end()), new StringBuilder()));
                continue;
            }
            Map<String, String> env = new LinkedHashMap<>(exported);
            StringBuilder rest = new StringBuilder();
            env.putAll(assignments(part, rest));
            String text = rest.toString();
            Matcher envCommand = ENV.matcher(text);
            if (envCommand.find()) {
                StringBuilder afterEnv = new StringBuilder();
                env.putAll(assignments(text.substring(envCommand.end()), afterEnv));
                text = afterEnv.toString();
            }
            out.add(new SimpleCommand(part, withoutManagePyPath(text), env));
        }
        return out;
    }

    /**
     * The Django settings module the command runs with, as far as the command line says:
     * {@code --settings X} or {@code --settings=X}, else {@code DJANGO_SETTINGS_MODULE}.
     */
    public Optional<String> settingsModule() {
        Matcher option = SETTINGS_OPTION.matcher(text);
        if (option.find()) {
            return Optional.of(unquoted(option.group(1)));
        }
        return Optional.ofNullable(env.get("DJANGO_SETTINGS_MODULE"));
    }

    /** Reads leading NAME=value words of {@code text} into a map; what follows goes to {@code rest}. */
    private static Map<String, String> assignments(String text, StringBuilder rest) {
        Map<String, String> out = new LinkedHashMap<>();
        String remaining = text.strip();
        Matcher matcher = ASSIGNMENT.matcher(remaining);
        while (matcher.find()) {
            out.put(matcher.group(1), unquoted(matcher.group(2)));
            remaining = remaining.substring(matcher.end());
            matcher = ASSIGNMENT.matcher(remaining);
        }
        rest.append(remaining);
        return out;
    }

    private static String withoutManagePyPath(String text) {
        Matcher python = PYTHON_PATH.matcher(text);
        if (python.find()) {
            return python.group(1) + "manage.py" + text.substring(python.end() - python.group(2).length());
        }
        Matcher direct = DIRECT_PATH.matcher(text);
        if (direct.find() && !text.startsWith("./manage.py")) {
            return "./manage.py" + text.substring(direct.end() - direct.group(1).length());
        }
        return text;
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
