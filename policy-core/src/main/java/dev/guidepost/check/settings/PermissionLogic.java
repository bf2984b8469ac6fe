package dev.guidepost.check.settings;

import dev.guidepost.engine.FindingSink;
import dev.guidepost.engine.WorkspaceRuleLogic;
import dev.guidepost.engine.WorkspaceSubject;
import dev.guidepost.report.Location;
import dev.guidepost.unit.Unit;
import dev.guidepost.unit.UnitKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the commands of a {@code target: settings} rule against the effective permissions of
 * each folder Claude Code may be started in: every folder with settings files and the repository
 * root; or, for {@code for-each: django-project}, the folder that governs each Django project
 * (see {@link SettingsWorkspace#governing}). The commands of one list that a folder's settings
 * fail are one gap, reported once on the permission list they belong in, naming every one of them
 * (and listing them in the finding's {@code commands} property); a folder without any settings
 * file says so and points at {@code guidepost init}. An allow rule that lets {@code not-allows}
 * commands through is reported once, on that allow rule.
 */
final class PermissionLogic implements WorkspaceRuleLogic {

    /** Finding property: the commands of the rule's list that the finding concerns. */
    static final String COMMANDS = "commands";
    /** Finding property: the list key ({@code denies}, {@code allows}, …) the commands come from. */
    static final String EXPECTATION = "expectation";
    /** Finding property: the allow rule a {@code not-allows} finding is about. */
    static final String RULE = "rule";

    private final String message;
    private final UnitKind forEach;
    private final Map<PermissionExpectation, List<SettingsCommand>> lists;

    PermissionLogic(String message, UnitKind forEach, Map<PermissionExpectation, List<SettingsCommand>> lists) {
        this.message = message;
        this.forEach = forEach;
        this.lists = Map.copyOf(lists);
    }

    @Override
    public void check(WorkspaceSubject subject, FindingSink outerSink) {
        SettingsWorkspace settings = SettingsWorkspace.read(subject);
        for (SettingsFolder folder : folders(subject, settings)) {
            PermissionSet permissions = settings.permissions(folder);
            FindingSink sink = attributed(subject, settings, folder, outerSink);
            for (PermissionExpectation expectation : PermissionExpectation.values()) {
                List<SettingsCommand> commands = lists.getOrDefault(expectation, List.of());
                if (expectation == PermissionExpectation.NOT_ALLOWS) {
                    notAllowed(settings, folder, permissions, commands, sink);
                } else {
                    List<Gap> gaps = new ArrayList<>();
                    for (SettingsCommand command : commands) {
                        gap(folder, permissions, expectation, command).ifPresent(gaps::add);
                    }
                    if (!gaps.isEmpty()) {
                        report(folder, expectation, gaps, sink);
                    }
                }
            }
        }
    }

    /**
     * Findings about the settings that govern exactly one Django project belong to that project,
     * even when they sit in a settings file above it (a monorepo's root .claude/).
     */
    private FindingSink attributed(WorkspaceSubject subject, SettingsWorkspace settings, SettingsFolder folder,
            FindingSink sink) {
        if (forEach != UnitKind.DJANGO_PROJECT) {
            return sink;
        }
        List<Unit> governed = djangoProjects(subject).stream()
                .filter(p -> settings.governing(p.folder()).folder().equals(folder.folder()))
                .toList();
        return governed.size() == 1 ? sink.inProject(governed.get(0).displayFolder()) : sink;
    }

    /** The Django project units whose manage.py the rule's files/exclude/in select. */
    private static List<Unit> djangoProjects(WorkspaceSubject subject) {
        return subject.units().of(UnitKind.DJANGO_PROJECT).stream()
                .filter(p -> subject.selector().matches(p.folder().isEmpty() ? "manage.py" : p.folder() + "/manage.py",
                        "python"))
                .toList();
    }

    private List<SettingsFolder> folders(WorkspaceSubject subject, SettingsWorkspace settings) {
        Map<String, SettingsFolder> out = new LinkedHashMap<>();
        if (forEach == UnitKind.DJANGO_PROJECT) {
            for (Unit project : djangoProjects(subject)) {
                SettingsFolder folder = settings.governing(project.folder());
                out.putIfAbsent(folder.folder(), folder);
            }
            return List.copyOf(out.values());
        }
        for (Unit unit : subject.units().of(UnitKind.SETTINGS_FOLDER)) {
            out.put(unit.folder(), settings.folder(unit.folder()));
        }
        return out.values().stream()
                .filter(f -> subject.selector().matches(SettingsFolder.settingsPath(f.folder(), "settings.json"), "json"))
                .toList();
    }

    /** One command a folder's settings fail to meet, and how they fail it. */
    private record Gap(SettingsCommand command, String detail) {
    }

    private static Optional<Gap> gap(SettingsFolder folder, PermissionSet permissions,
            PermissionExpectation expectation, SettingsCommand command) {
        List<ToolUse> failing = new ArrayList<>();
        if (expectation == PermissionExpectation.ALLOWS) {
            boolean some = Stream.concat(command.bare().stream(), command.wrappedBare().stream())
                    .anyMatch(use -> expectation.accepts(permissions.decide(use).verdict()));
            if (!some) {
                failing.add(command.bare().get(0));
            }
        } else {
            if (command.isDjango() && someLauncherFullyMeets(command, permissions, expectation)) {
                return Optional.empty();
            }
            for (ToolUse use : command.uses()) {
                if (!expectation.accepts(permissions.decide(use).verdict())) {
                    failing.add(use);
                }
            }
        }
        if (failing.isEmpty()) {
            return Optional.empty();
        }
        ToolUse first = failing.get(0);
        StringBuilder detail = new StringBuilder("'").append(shown(first)).append("' is ")
                .append(describe(permissions.decide(first)));
        if (failing.size() > 1) {
            detail.append("; ").append(failing.size() - 1).append(failing.size() == 2 ? " other spelling" : " other spellings")
                    .append(" too");
        }
        return Optional.of(new Gap(command, detail.toString()));
    }

    /**
     * One finding for all the commands of one list that a folder's settings fail. A folder with no
     * settings file at all is one gap whatever the commands: the message says so once.
     */
    private void report(SettingsFolder folder, PermissionExpectation expectation, List<Gap> gaps, FindingSink sink) {
        List<String> commands = gaps.stream().map(g -> g.command().text()).toList();
        String are = commands.size() == 1 ? " is not " : " are not ";
        String detail;
        if (folder.documents().isEmpty()) {
            detail = "no Claude Code settings file (" + SettingsFolder.settingsPath(folder.folder(), "settings.json")
                    + ") for Claude Code started in " + where(folder) + ", so " + listed(commands) + are
                    + expectation.phrase() + "; `guidepost init` writes one";
        } else if (gaps.size() == 1) {
            detail = "'" + commands.get(0) + "'" + are + expectation.phrase() + " for Claude Code started in "
                    + where(folder) + " (" + gaps.get(0).detail() + ")";
        } else {
            detail = gaps.size() + " commands" + are + expectation.phrase() + " for Claude Code started in "
                    + where(folder) + ": " + String.join(", ", gaps.stream()
                            .map(g -> "'" + g.command().text() + "' (" + g.detail() + ")").toList());
        }
        sink.report(folder.placement(expectation.list()), message + ": " + detail, null, null, null,
                Map.of(COMMANDS, commands, EXPECTATION, List.of(expectation.key())));
    }

    /** 'a', 'b' and 'c'. */
    private static String listed(List<String> commands) {
        List<String> quoted = commands.stream().map(c -> "'" + c + "'").toList();
        return quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    /**
     * A deny or ask expectation on a manage.py command is met when the settings cover one way of
     * typing it completely (bare and with its typical arguments): the project's own spelling, e.g.
     * the guide's "Bash(python manage.py migrate*)". Other spellings stay undecided, so Claude Code
     * asks for them anyway; one that an allow rule lets through is what not-allows reports.
     */
    private static boolean someLauncherFullyMeets(SettingsCommand command, PermissionSet permissions,
            PermissionExpectation expectation) {
        return command.launchers().stream().anyMatch(group -> group.stream()
                .allMatch(use -> expectation.accepts(permissions.decide(use).verdict())));
    }

    private void notAllowed(SettingsWorkspace settings, SettingsFolder folder, PermissionSet permissions,
            List<SettingsCommand> commands, FindingSink sink) {
        Map<RuleEntry, Set<String>> lettingThrough = new LinkedHashMap<>();
        Map<RuleEntry, ToolUse> example = new LinkedHashMap<>();
        for (SettingsCommand command : commands) {
            List<ToolUse> spellings = new ArrayList<>(command.uses());
            spellings.addAll(command.wrapped());
            for (ToolUse use : spellings) {
                Decision decision = permissions.decide(use);
                if (decision.verdict() == Decision.Verdict.ALLOW) {
                    for (RuleEntry entry : decision.rules()) {
                        lettingThrough.computeIfAbsent(entry, e -> new LinkedHashSet<>()).add(command.text());
                        example.putIfAbsent(entry, use);
                    }
                }
            }
        }
        for (Map.Entry<RuleEntry, Set<String>> found : lettingThrough.entrySet()) {
            RuleEntry entry = found.getKey();
            Location location = settings.locate(entry);
            String origin = "";
            if (location == null) {
                location = folder.placement(Behavior.ALLOW);
                origin = " of the user settings " + entry.file() + ":" + entry.line();
            }
            String detail = "allow rule '" + entry.rule() + "'" + origin + " lets " + quoted(found.getValue())
                    + " run without asking for Claude Code started in " + where(folder) + " (e.g. '"
                    + shown(example.get(entry)) + "')";
            sink.report(location, message + ": " + detail, null, null, null, Map.of(COMMANDS,
                    List.copyOf(found.getValue()), EXPECTATION, List.of(PermissionExpectation.NOT_ALLOWS.key()),
                    RULE, List.of(entry.rule().toString())));
        }
    }

    private static String quoted(Set<String> commands) {
        return String.join(", ", commands.stream().map(c -> "'" + c + "'").toList());
    }

    private static String where(SettingsFolder folder) {
        return folder.folder().isEmpty() ? "the repository root" : folder.folder();
    }

    static String shown(ToolUse use) {
        return use.tool().equals("Bash") ? use.argument() : use.toString();
    }

    /** "denied by deny rule 'X' (file:line)", "not decided by any rule", … */
    static String describe(Decision decision) {
        return switch (decision.verdict()) {
            case UNDECIDED -> "not decided by any rule";
            case DENY -> "denied by " + origin(decision.rule().orElseThrow());
            case ASK -> "asked for by " + origin(decision.rule().orElseThrow());
            case ALLOW -> "allowed by " + String.join(" and ", decision.rules().stream().map(PermissionLogic::origin).toList());
        };
    }

    private static String origin(RuleEntry entry) {
        return entry.behavior().key() + " rule '" + entry.rule() + "' (" + entry.file() + ":" + entry.line() + ")";
    }
}
