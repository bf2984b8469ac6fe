package dev.guidepost.setup;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.edit.ChangeWriter;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Shared steps of the init tests: strip a copy, run init, check with the built-in pack. */
final class InitChecks {

    private static final Set<String> SETUP_TARGETS = Set.of("markdown", "settings");

    private InitChecks() {
    }

    /** Runs init on {@code root} (plans and writes) and returns the plan. */
    static InitPlan init(Path root) {
        InitPlan plan = Initializer.plan(root);
        try {
            new ChangeWriter(root).apply(plan.changes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return plan;
    }

    /** The findings of builtin:django's CLAUDE.md and settings rules (targets markdown and settings). */
    static List<Finding> setupFindings(Path root) {
        Report report = Guidepost.standard().check(CheckRequest.of(root).withPolicy("builtin:django").withThreads(1));
        Map<String, String> targets = report.rules().stream()
                .collect(Collectors.toMap(RuleDefinition::id, RuleDefinition::target, (a, b) -> a));
        return report.findings().stream().filter(f -> SETUP_TARGETS.contains(targets.get(f.ruleId()))).toList();
    }

    /** Copies a folder, leaving out every CLAUDE.md, CLAUDE.local.md and .claude folder. */
    static void copyWithoutClaudeFiles(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path relative = from.relativize(source);
                String text = relative.toString().replace('\\', '/');
                if (text.equals(".claude") || text.startsWith(".claude/") || text.contains("/.claude/")
                        || text.endsWith("/.claude") || source.getFileName().toString().matches("CLAUDE(\\.local)?\\.md")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Every file under {@code root} with its text, to compare before and after. */
    static Map<String, String> snapshot(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).collect(Collectors.toMap(
                    p -> root.relativize(p).toString(), p -> read(p), (a, b) -> a, java.util.TreeMap::new));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
