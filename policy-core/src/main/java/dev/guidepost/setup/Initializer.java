package dev.guidepost.setup;

import dev.guidepost.Guidepost;
import dev.guidepost.GuidepostException;
import dev.guidepost.check.settings.SettingsWorkspace;
import dev.guidepost.edit.FileChange;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plans {@code guidepost init}: for every Django project a CLAUDE.md and a
 * {@code .claude/settings.json} written from its {@link DjangoProjectFacts}, and a starter
 * {@code guidepost.yaml} at the root. Only missing files are planned: an existing file (even one
 * ignored by git) is never replaced, and a project whose permissions already come from settings
 * files in a folder above keeps them. With hooks, the {@link HookEntries} that are missing are
 * added to the root's {@code .claude/settings.json} too (see {@link HookInstaller}), the one
 * change {@code init} makes to a file that exists.
 */
public final class Initializer {

    private Initializer() {
    }

    /**
     * The plan for the repository at {@code root}.
     *
     * @throws GuidepostException when the repository cannot be scanned
     */
    public static InitPlan plan(Path root) {
        return plan(root, false);
    }

    /**
     * The plan for the repository at {@code root}; with {@code hooks}, the Claude Code hook entries too.
     *
     * @throws GuidepostException when the repository cannot be scanned
     */
    public static InitPlan plan(Path root, boolean hooks) {
        Workspace workspace;
        try {
            workspace = WorkspaceScanner.scan(root);
        } catch (IOException e) {
            throw new GuidepostException("cannot scan " + root + ": " + e.getMessage(), e);
        }
        List<DjangoProjectFacts> projects = new ProjectInspector(workspace).inspect();
        List<FileChange> changes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (projects.isEmpty()) {
            notes.add("no Django project (no manage.py) found: only the policy file is written");
        }
        for (DjangoProjectFacts facts : projects) {
            claudeMd(root, facts, changes, notes);
            settings(root, facts, changes, notes);
        }
        if (exists(root, Guidepost.POLICY_FILE)) {
            notes.add(Guidepost.POLICY_FILE + " exists; kept as it is");
        } else {
            changes.add(FileChange.create(Guidepost.POLICY_FILE, policy(workspace), "starter policy extending builtin:django"));
        }
        if (hooks) {
            hooks(root, changes, notes);
        }
        return new InitPlan(changes, notes, projects);
    }

    private static void claudeMd(Path root, DjangoProjectFacts facts, List<FileChange> changes, List<String> notes) {
        for (String name : List.of("CLAUDE.md", ".claude/CLAUDE.md")) {
            String path = CommandStyle.join(facts.folder(), name);
            if (exists(root, path)) {
                notes.add(path + " exists; kept as it is ('guidepost check --fix' appends the sections it misses)");
                return;
            }
        }
        String path = CommandStyle.join(facts.folder(), "CLAUDE.md");
        long questions = ClaudeMdTemplate.file(facts).lines().filter(l -> l.contains(ClaudeMdTemplate.QUESTION)).count();
        changes.add(FileChange.create(path, ClaudeMdTemplate.file(facts), "instructions for the Django project in "
                + (facts.folder().isEmpty() ? "." : facts.folder())
                + (questions == 0 ? "" : ", " + questions + (questions == 1 ? " question" : " questions") + " for the team")));
    }

    private static void settings(Path root, DjangoProjectFacts facts, List<FileChange> changes, List<String> notes) {
        for (String folder = facts.folder(); folder != null; folder = CommandStyle.parent(folder)) {
            for (String name : SettingsWorkspace.FILE_NAMES) {
                String path = CommandStyle.join(folder, ".claude/" + name);
                if (exists(root, path)) {
                    notes.add(path + " exists and governs the project in " + (facts.folder().isEmpty() ? "." : facts.folder())
                            + "; kept as it is ('guidepost check --fix' adds the permission rules it misses)");
                    return;
                }
            }
        }
        String path = CommandStyle.join(facts.folder(), ".claude/settings.json");
        changes.add(FileChange.create(path, SettingsTemplate.file(facts), "Claude Code permissions: "
                + SettingsTemplate.allow(facts).size() + " allowed, " + SettingsTemplate.deny(facts).size() + " denied"));
    }

    /** Adds the hook entries to the root settings file, or to the one this plan creates there. */
    private static void hooks(Path root, List<FileChange> changes, List<String> notes) {
        Optional<FileChange> earlier = changes.stream().filter(c -> c.path().equals(HookInstaller.SETTINGS_FILE)).findFirst();
        HookInstaller.Plan plan = HookInstaller.plan(root, earlier);
        if (earlier.isPresent()) {
            changes.set(changes.indexOf(earlier.get()), plan.change().orElseThrow());
        } else {
            plan.change().ifPresent(changes::add);
        }
        notes.addAll(plan.notes());
    }

    private static String policy(Workspace workspace) {
        Path name = workspace.root().getFileName();
        String slug = (name == null ? "repository" : name.toString()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "# Guidepost policy, written by 'guidepost init'. Run 'guidepost rules' to list what it checks.\n"
                + "guidepost: 1\n"
                + "name: " + (slug.isEmpty() ? "repository" : slug) + "\n"
                + "extends: [builtin:django]\n"
                + "# Adjust rules to the project, e.g.:\n"
                + "# overrides:\n"
                + "#   django/no-print: { severity: warning, exclude: [\"scripts/**\"] }\n"
                + "#   django/drf-modelviewset: off\n";
    }

    /** True when a file or folder is on disk, whether or not git ignores it. */
    private static boolean exists(Path root, String path) {
        return Files.exists(root.resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }
}
