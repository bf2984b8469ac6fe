package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.engine.CompileContext;
import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.engine.CompiledRule;
import dev.guidepost.engine.Engine;
import dev.guidepost.engine.EngineResult;
import dev.guidepost.engine.RuleLogic;
import dev.guidepost.policy.OptionReader;
import dev.guidepost.policy.PathSelector;
import dev.guidepost.policy.Policy;
import dev.guidepost.policy.Problems;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.Severity;
import dev.guidepost.policy.SourcePosition;
import dev.guidepost.policy.YamlNode;
import dev.guidepost.policy.YamlReader;
import dev.guidepost.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCheckTest {

    @TempDir
    Path root;

    private final Problems problems = new Problems();

    private CompiledRule rule(String id, String options, String message) {
        YamlNode.Mapping mapping = (YamlNode.Mapping) YamlReader.read("policy.yaml", options, problems).orElseThrow();
        RuleDefinition definition = new RuleDefinition(id, "source", Severity.WARNING, id, message, "fix $$$ARGS", "",
                "", List.of(), PathSelector.all(), mapping, new SourcePosition("policy.yaml", 1, 1), "test", List.of());
        RuleLogic logic = new SourceCheck().compile(definition,
                new CompileContext(problems, new OptionReader(mapping, problems), Map.of()));
        return logic == null ? null : new CompiledRule(definition, logic);
    }

    private EngineResult run(CompiledRule... rules) throws IOException {
        assertThat(problems.list()).isEmpty();
        CompiledPolicy policy = new CompiledPolicy(new Policy("p", "p", Map.of(), List.of()), List.of(rules));
        return new Engine(2).run(WorkspaceScanner.scan(root), policy, p -> true);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void reportsMatchesWithRangesAndInterpolatedMessages() throws IOException {
        write("app/views.py", "def f():\n    print('a', x)\n    self.print(1)\n");
        write("app/broken.py", "def g(:\n    pass\nprint(2)\n");
        write("app/clean.py", "log(1)\n");
        EngineResult result = run(rule("t/no-print", "match: {pattern: 'print($$$ARGS)'}", "print of $$$ARGS"),
                rule("t/no-print-2", "language: python\nmatch: {kind: call, has: {field: function, regex: '^print$'}}", "x"));
        List<String> found = new ArrayList<>();
        result.findings().forEach(f -> found.add(f.ruleId() + "@" + f.location() + " " + f.message() + " / " + f.fix()));
        assertThat(found).anySatisfy(s -> assertThat(s).startsWith("t/no-print@app/views.py:2:5")
                .endsWith("print of 'a', x / fix 'a', x"));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("t/no-print"))
                .extracting(f -> f.location().path() + ":" + f.location().startLine() + "-" + f.location().endLine()
                        + ":" + f.location().endColumn())
                .containsExactlyInAnyOrder("app/views.py:2-2:18", "app/broken.py:3-3:9");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("t/no-print-2")).hasSize(2);
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.path()).isEqualTo("app/broken.py");
            assertThat(n.message()).contains("syntax errors");
        });
    }

    @Test
    void typescriptRulesCheckTsAndTsxFiles() throws IOException {
        write("web/a.ts", "const y: number = 1;\nconsole.log(\"x\", y);\n");
        write("web/b.tsx", "export const B = () => { console.log(\"x\", y); return <p>hi</p>; };\n");
        write("web/c.py", "console.log('x')\n");
        EngineResult result = run(rule("t/console", "language: typescript\nmatch: {pattern: 'console.log($$$ARGS)'}", "no"));
        assertThat(result.findings()).extracting(f -> f.location().path()).containsExactlyInAnyOrder("web/a.ts", "web/b.tsx");
    }

    @Test
    void queryRulesParseWithTheirQuery() throws IOException {
        write("m.py", "User.objects.raw('select 1')\nUser.objects.all()\n");
        EngineResult result = run(rule("t/raw",
                "match: {query: '((call function: (attribute attribute: (identifier) @m)) @match (#eq? @m \"raw\"))'}",
                "raw SQL via $m"));
        assertThat(result.findings()).extracting(f -> f.location().startLine() + " " + f.message())
                .containsExactly("1 raw SQL via raw");
    }

    @Test
    void reportsMissingMatchAndUnknownLanguage() {
        assertThat(rule("t/a", "language: python", "m")).isNull();
        assertThat(rule("t/b", "language: pyhton\nmatch: {kind: call}", "m")).isNull();
        assertThat(rule("t/c", "match: {kind: cal}", "m")).isNull();
        assertThat(problems.list()).extracting(Object::toString).satisfiesExactly(
                p -> assertThat(p).contains("needs 'match:'"),
                p -> assertThat(p).contains("policy.yaml:1:11").contains("did you mean 'python'"),
                p -> assertThat(p).contains("policy.yaml:1:15").contains("did you mean 'call'"));
    }

    @Test
    void prefilterComesFromTheRule() {
        CompiledRule rule = rule("t/p", "match: {pattern: 'signals.post_save.connect($$$)'}", "m");
        dev.guidepost.engine.Prefilter filter = ((dev.guidepost.engine.FileRuleLogic) rule.logic()).prefilter();
        assertThat(filter.mayMatch("from django.db.models import signals\nsignals.post_save.connect(f)\n")).isTrue();
        assertThat(filter.mayMatch("signals.pre_save.connect(f)\n")).isFalse();
        assertThat(filter.mayMatch("signals.post_saved.connect(f)\n")).isFalse();
    }
}
