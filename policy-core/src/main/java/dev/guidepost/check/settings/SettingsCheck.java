package dev.guidepost.check.settings;

import dev.guidepost.engine.Check;
import dev.guidepost.engine.CompileContext;
import dev.guidepost.engine.RuleLogic;
import dev.guidepost.policy.Option;
import dev.guidepost.policy.OptionReader;
import dev.guidepost.policy.Options;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.YamlNode;
import dev.guidepost.unit.ForEach;
import dev.guidepost.unit.UnitKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code settings} target: rules about Claude Code settings files. A rule either names one
 * of the built-in file checks with {@code check:} ({@code settings-valid},
 * {@code permission-syntax}, {@code permission-unknown-tool}, {@code permission-shadowed}) or lists concrete commands under
 * {@code denies}, {@code denies-or-asks}, {@code asks}, {@code allows} and {@code not-allows},
 * checked against the effective permissions per settings folder, or per Django project with
 * {@code for-each: django-project}.
 */
public final class SettingsCheck implements Check {

    /** The values of {@code check:}. */
    public static final List<String> CHECKS = List.of("settings-valid", "permission-syntax", "permission-unknown-tool",
            "permission-shadowed");

    private static final String COMMANDS = "command or list of commands";
    static final Option<List<YamlNode.Scalar>> DENIES = Option.texts("denies", COMMANDS,
            "every command must be denied; a finding goes on the `deny` array");
    static final Option<List<YamlNode.Scalar>> DENIES_OR_ASKS = Option.texts("denies-or-asks", COMMANDS,
            "every command must be denied or asked for; a finding goes on the `deny` array");
    static final Option<List<YamlNode.Scalar>> ASKS = Option.texts("asks", COMMANDS,
            "every command must be asked for; a finding goes on the `ask` array");
    static final Option<List<YamlNode.Scalar>> ALLOWS = Option.texts("allows", COMMANDS,
            "every command must be allowed; a finding goes on the `allow` array");
    static final Option<List<YamlNode.Scalar>> NOT_ALLOWS = Option.texts("not-allows", COMMANDS,
            "no command may be allowed (denied, asked or undecided are fine); a finding goes on each allow rule that"
            + " lets one through");
    static final Option<UnitKind> FOR_EACH = ForEach.option(List.of(UnitKind.SETTINGS_FOLDER,
            UnitKind.DJANGO_PROJECT), UnitKind.SETTINGS_FOLDER, "where the command lists are judged: every settings"
            + " folder and the repository root, or the settings folder that governs each Django project");
    static final Option<String> CHECK = Option.choice("check", CHECKS, null, "runs one built-in check on every"
            + " settings file instead of command lists (see [Built-in file checks](#built-in-file-checks))");
    static final Options OPTIONS = Options.of(DENIES, DENIES_OR_ASKS, ASKS, ALLOWS, NOT_ALLOWS, FOR_EACH, CHECK);
    private static final Map<PermissionExpectation, Option<List<YamlNode.Scalar>>> LISTS = Map.of(
            PermissionExpectation.DENIES, DENIES, PermissionExpectation.DENIES_OR_ASKS, DENIES_OR_ASKS,
            PermissionExpectation.ASKS, ASKS, PermissionExpectation.ALLOWS, ALLOWS,
            PermissionExpectation.NOT_ALLOWS, NOT_ALLOWS);

    @Override
    public String target() {
        return "settings";
    }

    @Override
    public Options options() {
        return OPTIONS;
    }

    @Override
    public RuleLogic compile(RuleDefinition rule, CompileContext context) {
        OptionReader options = context.options();
        Map<PermissionExpectation, List<SettingsCommand>> lists = new EnumMap<>(PermissionExpectation.class);
        for (PermissionExpectation expectation : PermissionExpectation.values()) {
            List<SettingsCommand> commands = new java.util.ArrayList<>();
            Option<List<YamlNode.Scalar>> option = LISTS.get(expectation);
            for (YamlNode.Scalar item : option.read(options).orElse(List.of())) {
                if (item.text().isBlank()) {
                    context.problems().add(item.position(), "empty command in '" + option.key() + "'");
                } else {
                    commands.add(SettingsCommand.of(item.text()));
                }
            }
            if (!commands.isEmpty()) {
                lists.put(expectation, commands);
            }
        }
        Optional<UnitKind> forEach = FOR_EACH.read(options);
        if (forEach.isEmpty()) {
            return null;
        }
        if (options.has(CHECK.key())) {
            Optional<String> check = CHECK.read(options);
            if (check.isEmpty()) {
                return null;
            }
            if (!lists.isEmpty() || options.has(FOR_EACH.key())) {
                context.problems().add(options.position(CHECK.key()),
                        "'check' runs a built-in check on every settings file and cannot be combined with command lists or 'for-each'");
                return null;
            }
            return new SettingsFileLogic(check.get());
        }
        if (lists.isEmpty()) {
            context.problems().add(rule.position(), "a settings rule needs 'check' or at least one command under "
                    + "'denies', 'denies-or-asks', 'asks', 'allows' or 'not-allows'");
            return null;
        }
        return new PermissionLogic(rule.message(), forEach.get(), lists);
    }
}
