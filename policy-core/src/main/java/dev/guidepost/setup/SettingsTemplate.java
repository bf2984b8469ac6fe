package dev.guidepost.setup;

import dev.guidepost.check.settings.DjangoCommands;
import dev.guidepost.edit.JsonStrings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The permission entries {@code guidepost init} writes into a Django project's
 * {@code .claude/settings.json}: the everyday loop allowed (server, makemigrations,
 * showmigrations, shell, the tests) and the database-changing commands denied (migrate, flush,
 * loaddata), each spelled the common ways and the way the project runs commands.
 */
public final class SettingsTemplate {

    /** The manage.py commands that change the database, which the settings deny. */
    public static final List<String> DESTRUCTIVE = List.of("migrate", "flush", "loaddata");
    /** The manage.py commands of the everyday loop, which the settings allow. */
    public static final List<String> DEV_LOOP = List.of("runserver", "makemigrations", "showmigrations", "shell");

    private SettingsTemplate() {
    }

    /** A Bash rule matching {@code command} bare and with any arguments. */
    public static String bash(String command) {
        return "Bash(" + command + ":*)";
    }

    /** The deny entries for one manage.py command: each common launcher, then the project's own spelling. */
    public static List<String> denyEntries(CommandStyle style, String subcommand) {
        Set<String> out = new LinkedHashSet<>();
        for (String spelling : DjangoCommands.spellings(subcommand)) {
            out.add(bash(spelling));
        }
        out.add(bash(style.managePy(subcommand)));
        return List.copyOf(out);
    }

    /** The allow entries for one manage.py command: the project's spelling (and the plain one inside a container). */
    public static List<String> allowEntries(CommandStyle style, String subcommand) {
        Set<String> out = new LinkedHashSet<>();
        out.add(bash(style.managePy(subcommand)));
        if (!style.plain() && !style.prefix().startsWith("uv ") && !style.prefix().startsWith("poetry ")
                && !style.prefix().startsWith("pipenv ")) {
            out.add(bash(CommandStyle.PLAIN.managePy(subcommand)));
        }
        return List.copyOf(out);
    }

    /** The allow entries for the test command. */
    public static List<String> testEntries(DjangoProjectFacts facts) {
        Set<String> out = new LinkedHashSet<>();
        out.add(bash(facts.style().tool("pytest")));
        out.add(bash("pytest"));
        if (!facts.pytest()) {
            out.add(bash(facts.style().managePy("test")));
        }
        return List.copyOf(out);
    }

    /** Every allow entry for a project. */
    public static List<String> allow(DjangoProjectFacts facts) {
        List<String> out = new ArrayList<>();
        for (String command : DEV_LOOP) {
            out.addAll(allowEntries(facts.style(), command));
        }
        out.addAll(testEntries(facts));
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /** Every deny entry for a project. */
    public static List<String> deny(DjangoProjectFacts facts) {
        List<String> out = new ArrayList<>();
        for (String command : DESTRUCTIVE) {
            out.addAll(denyEntries(facts.style(), command));
        }
        return List.copyOf(out);
    }

    /** The whole {@code .claude/settings.json}, two-space indented. */
    public static String file(DjangoProjectFacts facts) {
        return file(allow(facts), List.of(), deny(facts));
    }

    /** A {@code .claude/settings.json} with these permission lists (an empty list is left out), two-space indented. */
    public static String file(List<String> allow, List<String> ask, List<String> deny) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"$schema\": \"https://json.schemastore.org/claude-code-settings.json\",\n");
        out.append("  \"permissions\": {\n");
        String separator = "";
        for (var list : List.of(java.util.Map.entry("allow", allow), java.util.Map.entry("ask", ask),
                java.util.Map.entry("deny", deny))) {
            if (!list.getValue().isEmpty()) {
                out.append(separator);
                array(out, list.getKey(), list.getValue());
                separator = ",\n";
            }
        }
        out.append("\n  }\n}\n");
        return out.toString();
    }

    private static void array(StringBuilder out, String key, List<String> entries) {
        out.append("    \"").append(key).append("\": [\n");
        for (int i = 0; i < entries.size(); i++) {
            out.append("      ").append(JsonStrings.quote(entries.get(i))).append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        out.append("    ]");
    }
}
