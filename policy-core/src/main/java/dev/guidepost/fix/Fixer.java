package dev.guidepost.fix;

import dev.guidepost.check.settings.PermissionGap;
import dev.guidepost.check.settings.PermissionGaps;
import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.engine.CompiledRule;
import dev.guidepost.engine.RunOptions;
import dev.guidepost.engine.WorkspaceRuleLogic;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Location;
import dev.guidepost.setup.DjangoProjectFacts;
import dev.guidepost.setup.ProjectInspector;
import dev.guidepost.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans {@code check --fix}: asks each rule that can fix what it finds for its fixes, keeps those
 * whose finding the check reported (so that suppressed, baselined and filtered-out findings stay as
 * they are), and turns them into one {@link dev.guidepost.edit.FileChange} per file.
 */
public final class Fixer {

    private Fixer() {
    }

    /** What a fix changes, and which of the reported findings it addresses. */
    public record Outcome(FixPlan plan, List<Finding> addressed) {
        public Outcome {
            addressed = List.copyOf(addressed);
        }
    }

    /**
     * The plan for {@code workspace} under {@code policy}, given the findings a check of the same
     * workspace reported; source rules' replacements are planned only when {@code unsafe}.
     */
    public static Outcome plan(Workspace workspace, CompiledPolicy policy, RunOptions options, List<Finding> reported,
            boolean unsafe) {
        Set<Key> open = new HashSet<>();
        reported.forEach(f -> open.add(new Key(f.ruleId(), f.location())));
        List<PermissionGap> gaps = new ArrayList<>();
        Set<Key> addressed = new HashSet<>();
        List<Finding> claudeMdAddressed;
        FixPlan plan = new FixPlan(List.of(), List.of());
        FixSubject.Shared shared = new FixSubject.Shared(workspace, options);
        try {
            for (CompiledRule rule : policy.rules()) {
                if (!(rule.logic() instanceof WorkspaceRuleLogic)) {
                    continue;
                }
                String id = rule.definition().id();
                for (PermissionGap gap : PermissionGaps.of(rule.logic(), shared.subject(rule.definition().selector()))) {
                    Key key = new Key(id, gap.location());
                    if (open.contains(key)) {
                        gaps.add(gap);
                        addressed.add(key);
                    }
                }
            }
            List<DjangoProjectFacts> projects = new ProjectInspector(workspace).inspect();
            if (!gaps.isEmpty()) {
                plan = plan.plus(new SettingsFixer(workspace.root(), projects).plan(gaps));
            }
            Outcome claudeMd = new ClaudeMdFixer(workspace, shared, policy.rules()).plan(projects, reported);
            Outcome source = new SourceFixer(workspace, shared).plan(policy.rules(), reported, unsafe);
            plan = plan.plus(claudeMd.plan()).plus(source.plan());
            claudeMdAddressed = new ArrayList<>(claudeMd.addressed());
            claudeMdAddressed.addAll(source.addressed());
        } finally {
            shared.close();
        }
        List<Finding> findings = new ArrayList<>(reported.stream()
                .filter(f -> addressed.contains(new Key(f.ruleId(), f.location())))
                .toList());
        claudeMdAddressed.stream().filter(f -> !findings.contains(f)).forEach(findings::add);
        return new Outcome(plan, findings);
    }

    private record Key(String ruleId, Location location) {
    }
}
