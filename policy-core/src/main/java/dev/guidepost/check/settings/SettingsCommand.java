package dev.guidepost.check.settings;

import java.util.List;

/**
 * One command of a {@code target: settings} rule list, as written in the policy. A command written
 * {@code manage.py SUBCOMMAND} stands for every common spelling of that Django management
 * command ({@link DjangoCommands}); any other text is one tool use ({@link ToolUse#parse}).
 *
 * @param text     the command as written
 * @param uses     every use the command stands for (for manage.py commands: each launcher, bare
 *                 and with typical arguments)
 * @param bare     the uses without arguments (for manage.py commands: one per launcher)
 * @param wrapped  for manage.py commands, the spellings through {@code uv run}, {@code poetry run},
 *                 {@code docker compose exec web} and the like, bare and with typical arguments;
 *                 consulted by {@code not-allows} and {@code allows} only (empty otherwise)
 * @param wrappedBare the wrapped spellings without arguments; for a plain Bash command, the command
 *                 run through a Python tool runner ({@code uv run pytest}), which {@code allows}
 *                 accepts as well
 * @param launchers for manage.py commands, the spellings grouped by launcher (common and wrapped),
 *                 each bare and with typical arguments; a deny or ask expectation is met when one
 *                 group is covered whole (empty otherwise)
 */
public record SettingsCommand(String text, List<ToolUse> uses, List<ToolUse> bare, List<ToolUse> wrapped,
        List<ToolUse> wrappedBare, List<List<ToolUse>> launchers) {

    /** The prefix that marks a Django management command. */
    public static final String MANAGE_PY = "manage.py ";

    public SettingsCommand {
        uses = List.copyOf(uses);
        bare = List.copyOf(bare);
        wrapped = List.copyOf(wrapped);
        wrappedBare = List.copyOf(wrappedBare);
        launchers = List.copyOf(launchers);
    }

    /** Reads one command of a rule list. */
    public static SettingsCommand of(String text) {
        String t = text.trim();
        if (t.startsWith(MANAGE_PY) && t.length() > MANAGE_PY.length()) {
            String subcommand = t.substring(MANAGE_PY.length()).trim();
            return new SettingsCommand(t, DjangoCommands.uses(subcommand),
                    DjangoCommands.spellings(subcommand).stream().map(ToolUse::bash).toList(),
                    DjangoCommands.wrappedUses(subcommand), DjangoCommands.wrappedBare(subcommand),
                    DjangoCommands.byLauncher(subcommand));
        }
        ToolUse use = ToolUse.parse(t, SettingsKeys.standard().permissionTools());
        List<ToolUse> runners = "Bash".equals(use.tool()) && use.argument() != null
                ? DjangoCommands.TOOL_RUNNERS.stream().map(r -> ToolUse.bash(r + " " + use.argument())).toList()
                : List.of();
        return new SettingsCommand(t, List.of(use), List.of(use), List.of(), runners, List.of());
    }

    /** True for a {@code manage.py} command that stands for several spellings. */
    public boolean isDjango() {
        return uses.size() > 1;
    }
}
