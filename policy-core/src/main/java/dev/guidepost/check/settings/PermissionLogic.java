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

    private final String message;
    private final UnitKind forEach;
    private final Map<PermissionExpectation, List<SettingsCommand>> lists;

    PermissionLogic(String message, UnitKind forEach, Map<PermissionExpectation, List<SettingsCommand>> lists) {
        this.message = message;
        this.forEach = forEach;
        this.lists = Map.copyOf(lists);
    }

    @Override
    public void check(WorkspaceSubject subject, FindingSink sink) {
        for (PermissionGap gap : gaps(subject)) {
            Map<String, List<String>> properties = new LinkedHashMap<>();
            properties.put(COMMANDS, gap.commands().stream().map(SettingsCommand::text).toList());
            properties.put(EXPECTATION, List.of(gap.expectation().key()));
            sink.report(gap.location(), gap.message(), null, null, gap.attributedTo(), properties);
        }
    }

    /** Every gap of the settings of {@code subject}'s workspace, in report order (what {@link #check} reports). */
    List<PermissionGap> gaps(WorkspaceSubject subject) {
        SettingsWorkspace settings = SettingsWorkspace.read(subject);
        List<PermissionGap> gaps = new ArrayList<>();
        for (SettingsFolder folder : folders(subject, settings)) {
            PermissionSet permissions = settings.permissions(folder);
            Scope scope = scope(subject, settings, folder);
            for (PermissionExpectation expectation : PermissionExpectation.values()) {
                List<SettingsCommand> commands = lists.getOrDefault(expectation, List.of());
                if (expectation == PermissionExpectation.NOT_ALLOWS) {
                    notAllowed(settings, folder, scope, permissions, commands, gaps);
                } else {
                    List<Miss> misses = new ArrayList<>();
                    for (SettingsCommand command : commands) {
                        miss(permissions, expectation, command).ifPresent(misses::add);
                    }
                    if (!misses.isEmpty()) {
                        gaps.add(gap(folder, scope, expectation, misses));
                    }
                }
            }
        }
        return gaps;
    }

    /** The Django projects a folder's settings govern, and the one its findings belong to. */
    private record Scope(List<String> projects, String attributedTo) {
    }

    /**
     * Findings about the settings that govern exactly one Django project belong to that project,
     * even when they sit in a settings file above it (a monorepo's root .claude/).
     */
    private Scope scope(WorkspaceSubject subject, SettingsWorkspace settings, SettingsFolder folder) {
        if (forEach != UnitKind.DJANGO_PROJECT) {
            return new Scope(List.of(), null);
        }
        List<Unit> governed = djangoProjects(subject).stream()
                .filter(p -> settings.governing(p.folder()).folder().equals(folder.folder()))
                .toList();
        return new Scope(governed.stream().map(Unit::folder).toList(),
                governed.size() == 1 ? governed.get(0).displayFolder() : null);
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

    /** One command a folder's settings fail to meet: the spellings that fail, and how the first is decided. */
    private record Miss(SettingsCommand command, List<ToolUse> failing, String detail) {
    }

    private static Optional<Miss> miss(PermissionSet permissions, PermissionExpectation expectation,
            SettingsCommand command) {
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
        return Optional.of(new Miss(command, failing, detail.toString()));
    }

    /**
     * One gap for all the commands of one list that a folder's settings fail. A folder with no
     * settings file at all is one gap whatever the commands: the message says so once.
     */
    private PermissionGap gap(SettingsFolder folder, Scope scope, PermissionExpectation expectation,
            List<Miss> misses) {
        List<String> commands = misses.stream().map(m -> m.command().text()).toList();
        String are = commands.size() == 1 ? " is not " : " are not ";
        String detail;
        if (folder.documents().isEmpty()) {
            detail = "no Claude Code settings file (" + SettingsFolder.settingsPath(folder.folder(), "settings.json")
                    + ") for Claude Code started in " + where(folder) + ", so " + listed(commands) + are
                    + expectation.phrase() + "; `guidepost init` writes one";
        } else if (misses.size() == 1) {
            detail = "'" + commands.get(0) + "'" + are + expectation.phrase() + " for Claude Code started in "
                    + where(folder) + " (" + misses.get(0).detail() + ")";
        } else {
            detail = misses.size() + " commands" + are + expectation.phrase() + " for Claude Code started in "
                    + where(folder) + ": " + String.join(", ", misses.stream()
                            .map(m -> "'" + m.command().text() + "' (" + m.detail() + ")").toList());
        }
        return new PermissionGap(folder.folder(), scope.projects(), scope.attributedTo(),
                folder.placement(expectation.list()), message + ": " + detail, expectation,
                misses.stream().map(Miss::command).toList(),
                misses.stream().flatMap(m -> m.failing().stream()).toList());
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

    private void notAllowed(SettingsWorkspace settings, SettingsFolder folder, Scope scope, PermissionSet permissions,
            List<SettingsCommand> commands, List<PermissionGap> gaps) {
        Map<RuleEntry, Set<SettingsCommand>> lettingThrough = new LinkedHashMap<>();
        Map<RuleEntry, List<ToolUse>> uses = new LinkedHashMap<>();
        for (SettingsCommand command : commands) {
            List<ToolUse> spellings = new ArrayList<>(command.uses());
            spellings.addAll(command.wrapped());
            for (ToolUse use : spellings) {
                Decision decision = permissions.decide(use);
                if (decision.verdict() == Decision.Verdict.ALLOW) {
                    for (RuleEntry entry : decision.rules()) {
                        lettingThrough.computeIfAbsent(entry, e -> new LinkedHashSet<>()).add(command);
                        uses.computeIfAbsent(entry, e -> new ArrayList<>()).add(use);
                    }
                }
            }
        }
        for (Map.Entry<RuleEntry, Set<SettingsCommand>> found : lettingThrough.entrySet()) {
            RuleEntry entry = found.getKey();
            Location location = settings.locate(entry);
            String origin = "";
            if (location == null) {
                location = folder.placement(Behavior.ALLOW);
                origin = " of the user settings " + entry.file() + ":" + entry.line();
            }
            String detail = "allow rule '" + entry.rule() + "'" + origin + " lets " + quoted(found.getValue())
                    + " run without asking for Claude Code started in " + where(folder) + " (e.g. '"
                    + shown(uses.get(entry).get(0)) + "')";
            gaps.add(new PermissionGap(folder.folder(), scope.projects(), scope.attributedTo(), location,
                    message + ": " + detail, PermissionExpectation.NOT_ALLOWS, List.copyOf(found.getValue()),
                    uses.get(entry)));
        }
    }

    private static String quoted(Set<SettingsCommand> commands) {
        return String.join(", ", commands.stream().map(c -> "'" + c.text() + "'").toList());
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
