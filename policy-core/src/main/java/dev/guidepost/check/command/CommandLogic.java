package dev.guidepost.check.command;

import com.google.re2j.Pattern;
import dev.guidepost.engine.CommandRuleLogic;
import java.util.List;
import java.util.Optional;

/**
 * A compiled {@code command} rule: a simple command of the line matches one of the rule's
 * commands and, when the rule names a settings module, runs with a settings module the regex
 * finds something in.
 */
final class CommandLogic implements CommandRuleLogic {

    private final List<CommandPattern> commands;
    private final Pattern settingsModule;

    CommandLogic(List<CommandPattern> commands, Pattern settingsModule) {
        this.commands = List.copyOf(commands);
        this.settingsModule = settingsModule;
    }

    @Override
    public Optional<String> match(String commandLine) {
        for (SimpleCommand command : SimpleCommand.read(commandLine)) {
            if (commands.stream().anyMatch(c -> c.matches(command)) && settingsMatch(command)) {
                return Optional.of(command.typed());
            }
        }
        return Optional.empty();
    }

    private boolean settingsMatch(SimpleCommand command) {
        if (settingsModule == null) {
            return true;
        }
        return command.settingsModule().filter(module -> settingsModule.matcher(module).find()).isPresent();
    }
}
