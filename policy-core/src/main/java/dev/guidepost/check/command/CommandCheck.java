package dev.guidepost.check.command;

import com.google.re2j.Pattern;
import dev.guidepost.engine.Check;
import dev.guidepost.engine.CompileContext;
import dev.guidepost.engine.RuleLogic;
import dev.guidepost.policy.Option;
import dev.guidepost.policy.OptionReader;
import dev.guidepost.policy.Options;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code command} target: rules about the shell commands an assistant is about to run. A rule
 * lists {@code commands} (read as {@link CommandPattern}s) and may narrow them to a Django
 * {@code settings-module}. {@code guidepost hook} denies a command that an error rule catches and
 * asks about one that a warning rule catches; a check of a repository never runs these rules.
 */
public final class CommandCheck implements Check {

    static final Option<List<YamlNode.Scalar>> COMMANDS = Option.texts("commands", "command or list of commands",
            "the commands the rule catches: `manage.py SUBCOMMAND` for every spelling of a Django management"
            + " command (any arguments), or a pattern in the form of a `Bash(…)` permission rule");
    static final Option<YamlNode> SETTINGS_MODULE = Option.node("settings-module", "regular expression",
            "catch a command only when it runs with a Django settings module this regex finds something in"
            + " (`--settings`, or `DJANGO_SETTINGS_MODULE` set on the command line)");
    static final Options OPTIONS = Options.of(COMMANDS, SETTINGS_MODULE);

    @Override
    public String target() {
        return "command";
    }

    @Override
    public Options options() {
        return OPTIONS;
    }

    @Override
    public RuleLogic compile(RuleDefinition rule, CompileContext context) {
        OptionReader options = context.options();
        List<CommandPattern> commands = new ArrayList<>();
        for (YamlNode.Scalar item : COMMANDS.read(options).orElse(List.of())) {
            if (item.text().isBlank()) {
                context.problems().add(item.position(), "empty command in 'commands'");
            } else {
                commands.add(CommandPattern.of(item.text()));
            }
        }
        if (!options.has(COMMANDS.key())) {
            context.problems().add(rule.position(), "a command rule needs 'commands': the commands it catches");
            return null;
        }
        if (!rule.selector().isAll()) {
            context.problems().add(rule.position(), "'files', 'exclude' and 'in' select files, and a command rule"
                    + " judges commands, not files: remove them");
            return null;
        }
        Pattern settingsModule = null;
        if (options.has(SETTINGS_MODULE.key())) {
            Optional<Pattern> regex = options.regex(SETTINGS_MODULE.key());
            if (regex.isEmpty()) {
                return null;
            }
            settingsModule = regex.get();
        }
        return commands.isEmpty() ? null : new CommandLogic(commands, settingsModule);
    }
}
