package dev.guidepost.check.settings;

import dev.guidepost.engine.Check;
import dev.guidepost.engine.CompileContext;
import dev.guidepost.engine.RuleLogic;
import dev.guidepost.policy.OptionReader;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.Suggestion;
import dev.guidepost.policy.YamlNode;
import dev.guidepost.unit.ForEach;
import dev.guidepost.unit.UnitKind;
import java.util.EnumMap;
import java.util.HashSet;
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

    /** The units a settings rule with command lists can check one at a time. */
    static final List<UnitKind> FOR_EACH = List.of(UnitKind.SETTINGS_FOLDER, UnitKind.DJANGO_PROJECT);

    @Override
    public String target() {
        return "settings";
    }

    @Override
    public Set<String> optionKeys() {
        Set<String> keys = new HashSet<>(Set.of("check", "for-each"));
        for (PermissionExpectation expectation : PermissionExpectation.values()) {
            keys.add(expectation.key());
        }
        return keys;
    }

    @Override
    public RuleLogic compile(RuleDefinition rule, CompileContext context) {
        OptionReader options = context.options();
        Map<PermissionExpectation, List<SettingsCommand>> lists = new EnumMap<>(PermissionExpectation.class);
        for (PermissionExpectation expectation : PermissionExpectation.values()) {
            List<SettingsCommand> commands = new java.util.ArrayList<>();
            for (YamlNode.Scalar item : options.scalars(expectation.key())) {
                if (item.text().isBlank()) {
                    context.problems().add(item.position(), "empty command in '" + expectation.key() + "'");
                } else {
                    commands.add(SettingsCommand.of(item.text()));
                }
            }
            if (!commands.isEmpty()) {
                lists.put(expectation, commands);
            }
        }
        Optional<UnitKind> forEach = ForEach.read(options, FOR_EACH, UnitKind.SETTINGS_FOLDER);
        if (forEach.isEmpty()) {
            return null;
        }
        Optional<String> check = options.string("check");
        if (check.isPresent()) {
            if (!CHECKS.contains(check.get())) {
                context.problems().add(options.position("check"), "unknown check '" + check.get() + "'"
                        + Suggestion.hint(check.get(), CHECKS) + "; expected one of " + CHECKS);
                return null;
            }
            if (!lists.isEmpty() || options.has("for-each")) {
                context.problems().add(options.position("check"),
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
