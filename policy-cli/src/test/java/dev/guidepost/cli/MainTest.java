package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The command line {@link Main} builds. */
class MainTest {

    /**
     * The command line leaves picocli's converters for java.time and java.sql types out: no option or
     * parameter of any subcommand may have such a type, or it would be left without a converter.
     */
    @Test
    void noOptionHasATypeWhoseConverterIsLeftOut() {
        CommandLine commandLine = Main.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertThat(System.getProperty(Main.CONVERTER_EXCLUDES)).isEqualTo(Main.EXCLUDED_TYPES);
        List<String> types = new ArrayList<>();
        collectTypes(commandLine.getCommandSpec(), types);
        assertThat(types).as("types of every option and parameter").isNotEmpty().contains("java.nio.file.Path");
        assertThat(types).noneMatch(type -> type.matches(Main.EXCLUDED_TYPES));
    }

    private static void collectTypes(CommandSpec spec, List<String> types) {
        for (ArgSpec arg : spec.args()) {
            types.add(arg.type().getName());
            for (Class<?> auxiliary : arg.auxiliaryTypes()) {
                types.add(auxiliary.getName());
            }
        }
        for (CommandLine sub : spec.subcommands().values()) {
            collectTypes(sub.getCommandSpec(), types);
        }
    }
}
