package dev.guidepost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.Glob;
import dev.guidepost.policy.PathSelector;
import dev.guidepost.policy.Policy;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.Severity;
import dev.guidepost.policy.SourcePosition;
import dev.guidepost.policy.YamlNode;
import dev.guidepost.report.Location;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import dev.guidepost.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

    @TempDir
    Path root;

    private static RuleDefinition rule(String id, PathSelector selector) {
        return new RuleDefinition(id, "test", Severity.WARNING, id, "found it", "remove it", "", "", List.of(),
                selector, YamlNode.Mapping.empty(SourcePosition.ofFile("t")), SourcePosition.ofFile("t"), "t", List.of());
    }

    /** Reports every line containing a word; counts parses through a shared parser. */
    private record WordRule(String word, Parser<String[]> lines, AtomicInteger checked) implements FileRuleLogic {
        @Override
        public boolean accepts(WorkspaceFile file) {
            return file.language().equals("python");
        }

        @Override
        public Set<String> requiredWords() {
            return Set.of(word);
        }

        @Override
        public void check(FileSubject subject, FindingSink sink) {
            checked.incrementAndGet();
            String[] lines = subject.parsed(this.lines);
            for (int i = 0; i < lines.length; i++) {
                int column = lines[i].indexOf(word);
                if (column >= 0) {
                    sink.report(Location.at(subject.file().path(), i + 1, column + 1));
                }
            }
        }
    }

    @Test
    void parsesEachFileOnceForAllRulesAndSkipsFilesByPathAndWords() throws IOException {
        Files.writeString(root.resolve("a.py"), "x = 1\nprint(x)  # TODO\n");
        Files.writeString(root.resolve("b.py"), "y = 2\n");
        Files.createDirectories(root.resolve("scripts"));
        Files.writeString(root.resolve("scripts/c.py"), "print(3)\n");
        Files.writeString(root.resolve("d.md"), "print\n");
        AtomicInteger parses = new AtomicInteger();
        Parser<String[]> lines = (file, text, worker) -> {
            parses.incrementAndGet();
            return text.split("\n", -1);
        };
        AtomicInteger checked = new AtomicInteger();
        PathSelector notScripts = PathSelector.of(List.of(), List.of(Glob.compile("scripts/")), Set.of(), List.of(),
                List.of());
        CompiledPolicy policy = new CompiledPolicy(new Policy("p", "p", Map.of(), List.of()), List.of(
                new CompiledRule(rule("t/print", notScripts), new WordRule("print", lines, checked)),
                new CompiledRule(rule("t/todo", PathSelector.all()), new WordRule("TODO", lines, checked))));
        Workspace workspace = WorkspaceScanner.scan(root);
        EngineResult result = new Engine(2).run(workspace, policy, p -> true);
        assertThat(result.findings()).extracting(f -> f.ruleId() + "@" + f.location())
                .containsExactlyInAnyOrder("t/print@a.py:2:1", "t/todo@a.py:2:13");
        assertThat(parses.get()).as("a.py parsed once for both rules; b.py and c.py never").isEqualTo(1);
        assertThat(checked.get()).isEqualTo(2);
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.message()).isEqualTo("found it");
            assertThat(f.fix()).isEqualTo("remove it");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void aFailingRuleBecomesANoteNotACrash() throws IOException {
        Files.writeString(root.resolve("a.py"), "x\n");
        FileRuleLogic broken = new FileRuleLogic() {
            @Override
            public boolean accepts(WorkspaceFile file) {
                return true;
            }

            @Override
            public void check(FileSubject subject, FindingSink sink) {
                throw new IllegalStateException("boom");
            }
        };
        CompiledPolicy policy = new CompiledPolicy(new Policy("p", "p", Map.of(), List.of()),
                List.of(new CompiledRule(rule("t/broken", PathSelector.all()), broken)));
        EngineResult result = new Engine(1).run(WorkspaceScanner.scan(root), policy, p -> true);
        assertThat(result.findings()).isEmpty();
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n.message()).contains("t/broken", "boom"));
    }

    @Test
    void skipsFilesThatAreNotUtf8WithANote() throws IOException {
        Files.write(root.resolve("latin.py"), new byte[] {'p', 'r', 'i', 'n', 't', (byte) 0xE9, '\n'});
        AtomicInteger checked = new AtomicInteger();
        CompiledPolicy policy = new CompiledPolicy(new Policy("p", "p", Map.of(), List.of()), List.of(new CompiledRule(
                rule("t/print", PathSelector.all()), new WordRule("print", (f, t, w) -> t.split("\n"), checked))));
        EngineResult result = new Engine(1).run(WorkspaceScanner.scan(root), policy, p -> true);
        assertThat(checked.get()).isZero();
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n.message()).contains("not UTF-8"));
    }

    /** Reports line 1 of every file; throws on files whose text contains "boom". */
    private record FragileRule(Parser<String> parser) implements FileRuleLogic {
        @Override
        public boolean accepts(WorkspaceFile file) {
            return true;
        }

        @Override
        public void check(FileSubject subject, FindingSink sink) {
            if (parser != null) {
                subject.parsed(parser);
            }
            if (subject.text().contains("boom")) {
                throw new IllegalStateException("cannot handle " + subject.file().path());
            }
            sink.report(Location.at(subject.file().path(), 1, 1));
        }
    }

    @Test
    void aRuleFailingOnOneFileIsAFailureNoteAndEveryOtherFindingIsKept() throws IOException {
        Files.writeString(root.resolve("a.py"), "fine\n");
        Files.writeString(root.resolve("b.py"), "boom\n");
        Files.writeString(root.resolve("c.py"), "fine\n");
        AtomicInteger checked = new AtomicInteger();
        CompiledPolicy policy = new CompiledPolicy(new Policy("p", "p", Map.of(), List.of()), List.of(
                new CompiledRule(rule("t/fragile", PathSelector.all()), new FragileRule(null)),
                new CompiledRule(rule("t/line", PathSelector.all()),
                        new WordRule("o", (f, t, w) -> t.split("\n"), checked))));
        EngineResult result = new Engine(2).run(WorkspaceScanner.scan(root), policy, p -> true);
        assertThat(result.findings()).extracting(f -> f.ruleId() + "@" + f.location().path()).containsExactlyInAnyOrder(
                "t/fragile@a.py", "t/fragile@c.py", "t/line@b.py");
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.path()).isEqualTo("b.py");
            assertThat(n.failedRule()).contains("t/fragile");
            assertThat(n.message()).contains("t/fragile", "cannot handle b.py");
        });
    }

    @Test
    void aParserThatThrowsRunsOnceAndEveryRuleNeedingItGetsAFailureNote() throws IOException {
        Files.writeString(root.resolve("a.py"), "fine\n");
        AtomicInteger parses = new AtomicInteger();
        Parser<String> broken = (file, text, worker) -> {
            parses.incrementAndGet();
            throw new IllegalArgumentException("unexpected token");
        };
        AtomicInteger checked = new AtomicInteger();
        CompiledPolicy policy = new CompiledPolicy(new Policy("p", "p", Map.of(), List.of()), List.of(
                new CompiledRule(rule("t/one", PathSelector.all()), new FragileRule(broken)),
                new CompiledRule(rule("t/two", PathSelector.all()), new FragileRule(broken)),
                new CompiledRule(rule("t/plain", PathSelector.all()), new WordRule("fine", (f, t, w) -> t.split("\n"),
                        checked))));
        EngineResult result = new Engine(1).run(WorkspaceScanner.scan(root), policy, p -> true);
        assertThat(parses.get()).isEqualTo(1);
        assertThat(result.findings()).extracting(f -> f.ruleId()).containsExactly("t/plain");
        assertThat(result.notes()).hasSize(2).allSatisfy(n -> {
            assertThat(n.path()).isEqualTo("a.py");
            assertThat(n.message()).contains("parser failed", "unexpected token");
        });
        assertThat(result.notes()).extracting(n -> n.failedRule().orElseThrow())
                .containsExactlyInAnyOrder("t/one", "t/two");
    }

    @Test
    void aFailureWhileSelectingFilesOrInAWorkspaceRuleIsAFailureNoteToo() throws IOException {
        Files.writeString(root.resolve("a.py"), "fine\n");
        FileRuleLogic badSelection = new FileRuleLogic() {
            @Override
            public boolean accepts(WorkspaceFile file) {
                throw new IllegalStateException("no language");
            }

            @Override
            public void check(FileSubject subject, FindingSink sink) {
            }
        };
        WorkspaceRuleLogic badWorkspace = (subject, sink) -> {
            throw new StackOverflowError();
        };
        CompiledPolicy policy = new CompiledPolicy(new Policy("p", "p", Map.of(), List.of()), List.of(
                new CompiledRule(rule("t/select", PathSelector.all()), badSelection),
                new CompiledRule(rule("t/workspace", PathSelector.all()), badWorkspace),
                new CompiledRule(rule("t/fragile", PathSelector.all()), new FragileRule(null))));
        EngineResult result = new Engine(2).run(WorkspaceScanner.scan(root), policy, p -> true);
        assertThat(result.findings()).extracting(f -> f.ruleId()).containsExactly("t/fragile");
        assertThat(result.notes()).extracting(n -> n.path() + " " + n.failedRule().orElseThrow())
                .containsExactlyInAnyOrder("a.py t/select", ". t/workspace");
    }

    @Test
    void progressCountsEveryFileUpToTheTotal() throws IOException {
        for (int i = 0; i < 25; i++) {
            Files.writeString(root.resolve("f" + i + ".py"), "fine\n");
        }
        java.util.Set<Integer> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.Set<Integer> totals = java.util.concurrent.ConcurrentHashMap.newKeySet();
        CompiledPolicy policy = new CompiledPolicy(new Policy("p", "p", Map.of(), List.of()),
                List.of(new CompiledRule(rule("t/fragile", PathSelector.all()), new FragileRule(null))));
        new Engine(3, (done, total) -> {
            seen.add(done);
            totals.add(total);
        }).run(WorkspaceScanner.scan(root), policy, p -> true);
        assertThat(totals).containsExactly(25);
        assertThat(seen).hasSize(25).contains(1, 25);
    }
}
