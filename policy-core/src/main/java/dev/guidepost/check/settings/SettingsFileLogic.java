package dev.guidepost.check.settings;

import dev.guidepost.engine.FindingSink;
import dev.guidepost.engine.WorkspaceRuleLogic;
import dev.guidepost.engine.WorkspaceSubject;
import dev.guidepost.policy.Severity;
import dev.guidepost.report.Location;
import java.util.List;
import java.util.Optional;

/**
 * The built-in file checks of the {@code settings} target ({@code check:}): validity of every
 * settings file, syntax and duplicates of permission rules, rules naming tools Claude Code does
 * not know, and allow rules shadowed by a deny or ask rule of the same merge. Each finding keeps the severity the library gives it, capped by
 * the rule's. The user settings file is merged but never reported on (it is not in the
 * repository); its own problems become report notes under {@code settings-valid}.
 */
final class SettingsFileLogic implements WorkspaceRuleLogic {

    private static final SettingsValidator VALIDATOR = SettingsValidator.standard();

    private final String check;

    SettingsFileLogic(String check) {
        this.check = check;
    }

    @Override
    public void check(WorkspaceSubject subject, FindingSink sink) {
        SettingsWorkspace settings = SettingsWorkspace.read(subject);
        switch (check) {
            case "settings-valid" -> valid(subject, settings, sink);
            case "permission-syntax" -> syntax(subject, settings, sink, false);
            case "permission-unknown-tool" -> syntax(subject, settings, sink, true);
            default -> shadowed(subject, settings, sink);
        }
    }

    private static void valid(WorkspaceSubject subject, SettingsWorkspace settings, FindingSink sink) {
        for (SettingsFolder folder : settings.folders()) {
            for (SettingsDocument document : folder.documents()) {
                if (selected(subject, document)) {
                    for (SettingsProblem problem : problems(document)) {
                        sink.report(document.span(problem.line(), problem.column()), problem.message(), null,
                                problem.severity());
                    }
                }
            }
        }
        settings.user().ifPresent(user -> {
            for (SettingsProblem problem : problems(user)) {
                subject.note(".", "user settings " + user.path() + ":" + problem.line() + ":" + problem.column() + ": "
                        + problem.message());
            }
        });
    }

    static List<SettingsProblem> problems(SettingsDocument document) {
        Optional<JsonParseResult.SyntaxError> error = document.parse().error();
        if (error.isPresent()) {
            return List.of(new SettingsProblem(SettingsProblem.Kind.SYNTAX, Severity.ERROR, "", error.get().line(),
                    error.get().column(), error.get().message() + "; Claude Code ignores the whole file"));
        }
        return VALIDATOR.validate(document.parse().value().orElseThrow());
    }

    private static void syntax(WorkspaceSubject subject, SettingsWorkspace settings, FindingSink sink,
            boolean unknownTools) {
        for (SettingsFolder folder : settings.folders()) {
            for (SettingsDocument document : folder.documents()) {
                if (selected(subject, document)) {
                    SettingsFolder.rulesOf(document).ifPresent(rules -> {
                        for (SettingsProblem problem : rules.problems()) {
                            if ((problem.kind() == SettingsProblem.Kind.RULE_UNKNOWN_TOOL) != unknownTools) {
                                continue;
                            }
                            sink.report(new Location(document.path(), problem.line(), problem.column(),
                                    problem.line(), problem.column() + 1), problem.message(), null,
                                    problem.severity());
                        }
                    });
                }
            }
            if (!unknownTools) {
                report(subject, settings, settings.permissions(folder).duplicates(), sink);
            }
        }
    }

    private static void shadowed(WorkspaceSubject subject, SettingsWorkspace settings, FindingSink sink) {
        for (SettingsFolder folder : settings.folders()) {
            report(subject, settings, settings.permissions(folder).shadowed(), sink);
        }
    }

    private static void report(WorkspaceSubject subject, SettingsWorkspace settings, List<RuleFinding> findings,
            FindingSink sink) {
        for (RuleFinding finding : findings) {
            Location location = settings.locate(finding.entry());
            if (location != null && subject.selector().matches(location.path(), "json")) {
                sink.report(location, finding.problem().message(), null, finding.problem().severity());
            }
        }
    }

    private static boolean selected(WorkspaceSubject subject, SettingsDocument document) {
        return subject.selector().matches(document.path(), "json");
    }
}
