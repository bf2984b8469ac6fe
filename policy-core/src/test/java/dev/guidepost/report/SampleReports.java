package dev.guidepost.report;

import dev.guidepost.policy.PathSelector;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.Severity;
import dev.guidepost.policy.SourcePosition;
import dev.guidepost.policy.YamlNode;
import java.util.List;

/** Hand-built reports that exercise every corner of the writers. */
final class SampleReports {

    private SampleReports() {
    }

    static RuleDefinition rule(String id, Severity severity, String title, String fix, String rationale, String helpUri,
            List<String> tags) {
        return new RuleDefinition(id, "source", severity, title, "message of " + id, fix, rationale, helpUri, tags,
                PathSelector.all(), YamlNode.Mapping.empty(SourcePosition.ofFile("policy.yaml")),
                new SourcePosition("policy.yaml", 1, 1), "policy.yaml", List.of());
    }

    /** Three rules (one without findings), findings of every severity, odd characters, notes. */
    static Report mixed() {
        List<RuleDefinition> rules = List.of(
                rule("django/no-print", Severity.ERROR, "No print() in production code", "Use logging instead",
                        "print output is lost in production; a logger keeps it.",
                        "https://guidepost.dev/rules/django/no-print", List.of("django", "logging")),
                rule("django/claude-md-present", Severity.WARNING, "A CLAUDE.md covers every Django project",
                        "Add a CLAUDE.md next to manage.py", "", "", List.of()),
                rule("acme/no-todo", Severity.INFO, "No TODO left behind", "", "Open an issue instead.", "",
                        List.of("hygiene")),
                rule("acme/clean-rule", Severity.ERROR, "Never fires here", "", "", "", List.of()));
        List<Finding> findings = List.of(
                new Finding("django/no-print", Severity.ERROR, new Location("apps/blog/views.py", 12, 5, 12, 23),
                        "print() in production code", "Use logging instead", "."),
                new Finding("django/no-print", Severity.ERROR, new Location("apps/blog/views.py", 40, 9, 42, 2),
                        "print() spanning lines: 100% <odd> & \"quoted\", a:b", "Use logging instead", "."),
                new Finding("django/claude-md-present", Severity.WARNING, Location.file("."),
                        "No CLAUDE.md covers the Django project at the root", "Add a CLAUDE.md next to manage.py", "."),
                new Finding("django/claude-md-present", Severity.WARNING, Location.file("services/api"),
                        "No CLAUDE.md covers services/api", "", "services/api"),
                new Finding("acme/no-todo", Severity.INFO, new Location("docs/my notes,v2.md", 3, 1, 3, 10),
                        "TODO left:\nsecond line\r\nthird ünïcødé 😀", "", ""));
        return new Report("0.1.0", "acme-backend", rules, findings,
                List.of(new Note("legacy/broken.py", "syntax error at 3:1, checked what parsed")), 17);
    }

    /** {@link #mixed()} with a rule that failed on one file and a repository-wide rule that failed. */
    static Report incomplete() {
        Report mixed = mixed();
        List<Note> notes = new java.util.ArrayList<>(mixed.notes());
        notes.add(Note.checkFailed("apps/blog/models.py", "django/no-print",
                "rule django/no-print failed on this file: java.lang.IllegalStateException: boom"));
        notes.add(Note.checkFailed(".", "django/claude-md-present",
                "rule django/claude-md-present failed: java.lang.StackOverflowError"));
        return new Report(mixed.toolVersion(), mixed.policyName(), mixed.rules(), mixed.findings(), notes,
                mixed.filesScanned());
    }

    /** A report without any finding. */
    static Report clean() {
        return new Report("0.1.0", "builtin:django", List.of(rule("django/no-print", Severity.ERROR,
                "No print() in production code", "Use logging", "", "", List.of())), List.of(), List.of(), 3);
    }
}
