package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.engine.FileRuleLogic;
import dev.guidepost.engine.Prefilter;
import dev.guidepost.fixture.CheckHarness;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCheckTest {

    @TempDir
    Path temp;

    @Test
    void reportsMatchesWithRangesAndInterpolatedMessages() {
        CheckHarness harness = CheckHarness.in(temp).rules("""
                - id: t/no-print
                  target: source
                  severity: warning
                  message: print of $$$ARGS
                  fix: fix $$$ARGS
                  match: {pattern: 'print($$$ARGS)'}
                - id: t/no-print-2
                  target: source
                  language: python
                  match: {kind: call, has: {field: function, regex: '^print$'}}
                """)
                .file("app/views.py", "def f():\n    print('a', x)  # expect: t/no-print, t/no-print-2\n    self.print(1)\n")
                .file("app/broken.py", "def g(:\n    pass\nprint(2)  # expect: t/no-print, t/no-print-2\n")
                .file("app/clean.py", "log(1)\n");
        harness.assertExpectations();
        Report report = harness.report();
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("t/no-print"))
                .extracting(f -> f.location().path() + ":" + f.location().startLine() + ":" + f.location().startColumn()
                        + "-" + f.location().endLine() + ":" + f.location().endColumn() + " " + f.message() + " / "
                        + f.fix())
                .containsExactlyInAnyOrder("app/views.py:2:5-2:18 print of 'a', x / fix 'a', x",
                        "app/broken.py:3:1-3:9 print of 2 / fix 2");
        assertThat(report.notes()).singleElement().satisfies(n -> {
            assertThat(n.path()).isEqualTo("app/broken.py");
            assertThat(n.message()).contains("syntax errors");
        });
    }

    @Test
    void typescriptRulesCheckTsAndTsxFiles() {
        CheckHarness.in(temp).rules("""
                - id: t/console
                  target: source
                  language: typescript
                  match: {pattern: 'console.log($$$ARGS)'}
                """)
                .file("web/a.ts", "const y: number = 1;\nconsole.log(\"x\", y); // expect: t/console\n")
                .file("web/b.tsx", "export const B = () => { console.log(\"x\", y); return <p>hi</p>; }; // expect: t/console\n")
                .file("web/c.py", "console.log('x')\n")
                .assertExpectations();
    }

    @Test
    void queryRulesParseWithTheirQuery() {
        CheckHarness harness = CheckHarness.in(temp).rules("""
                - id: t/raw
                  target: source
                  message: raw SQL via $m
                  match: {query: '((call function: (attribute attribute: (identifier) @m)) @match (#eq? @m "raw"))'}
                """)
                .file("m.py", "User.objects.raw('select 1')  # expect: t/raw\nUser.objects.all()\n");
        harness.assertExpectations();
        assertThat(harness.findings()).extracting(Finding::message).containsExactly("raw SQL via raw");
    }

    @Test
    void reportsMissingMatchAndUnknownLanguage() {
        assertThat(CheckHarness.in(temp).rules("""
                - id: t/a
                  target: source
                  language: python
                - id: t/b
                  target: source
                  language: pyhton
                  match: {kind: call}
                - id: t/c
                  target: source
                  match: {kind: cal}
                """).problems()).satisfiesExactly(
                p -> assertThat(p).startsWith("3: ").contains("needs 'match:'"),
                p -> assertThat(p).isEqualTo("8: unknown language 'pyhton' (did you mean 'python'?); expected one of"
                        + " python, typescript, tsx, javascript, java, go"),
                p -> assertThat(p).startsWith("12: ").contains("did you mean 'call'"));
    }

    @Test
    void prefilterComesFromTheRule() {
        var rule = CheckHarness.in(temp).rules("""
                - id: t/p
                  target: source
                  match: {pattern: 'signals.post_save.connect($$$)'}
                """).compiled().rules().get(0);
        Prefilter filter = ((FileRuleLogic) rule.logic()).prefilter();
        assertThat(filter.mayMatch("from django.db.models import signals\nsignals.post_save.connect(f)\n")).isTrue();
        assertThat(filter.mayMatch("signals.pre_save.connect(f)\n")).isFalse();
        assertThat(filter.mayMatch("signals.post_saved.connect(f)\n")).isFalse();
    }
}
