package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.Severity;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Location;
import dev.guidepost.report.Note;
import dev.guidepost.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line on standard error, --quiet, and the exit code of an incomplete run. */
class ProgressAndExitCodeTest {

    @TempDir
    Path dir;

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theLineAppearsOnlyAfterASecondAndIsErasedAtTheEnd() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        ProgressLine line = new ProgressOptions().progress(new PrintWriter(err), true, now::get);
        now.set(SECOND / 2);
        line.filesChecked(10, 400);
        assertThat(err.toString()).isEmpty();
        now.set(2 * SECOND);
        line.filesChecked(200, 400);
        assertThat(err.toString()).isEqualTo("\rchecking 200/400 files (50 %), 100 files/s");
        now.set(2 * SECOND + 1);
        line.filesChecked(201, 400); // redrawn at most five times a second
        assertThat(err.toString()).isEqualTo("\rchecking 200/400 files (50 %), 100 files/s");
        now.set(4 * SECOND);
        line.filesChecked(400, 400);
        assertThat(err.toString()).endsWith("\rchecking 400/400 files (100 %), 100 files/s");
        line.close();
        assertThat(err.toString()).endsWith("\r" + " ".repeat(43) + "\r");
    }

    @Test
    void quietOrNotATerminalDrawsNothing() {
        AtomicLong now = new AtomicLong(0);
        StringWriter quietErr = new StringWriter();
        ProgressOptions quiet = new ProgressOptions();
        quiet.quiet = true;
        ProgressLine quietLine = quiet.progress(new PrintWriter(quietErr), true, now::get);
        StringWriter pipeErr = new StringWriter();
        ProgressLine pipeLine = new ProgressOptions().progress(new PrintWriter(pipeErr), false, now::get);
        now.set(10 * SECOND);
        for (ProgressLine line : List.of(quietLine, pipeLine)) {
            line.filesChecked(5, 10);
            line.filesChecked(10, 10);
            line.close();
        }
        assertThat(quietErr.toString()).isEmpty();
        assertThat(pipeErr.toString()).isEmpty();
    }

    @Test
    void aCheckWritesNothingToStandardErrorWhenItIsNotATerminal() throws IOException {
        // the test's standard error is a pipe or a file, never a terminal
        assertThat(ProgressOptions.stderrIsTerminal()).isFalse();
        Files.writeString(dir.resolve("a.py"), "print(1)\n");
        for (String[] args : List.of(new String[] {"check", dir.toString(), "--fail-on", "never"},
                new String[] {"check", dir.toString(), "--fail-on", "never", "--quiet"},
                new String[] {"check", dir.toString(), "--fail-on", "never", "-q"})) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
            assertThat(code).isZero();
            assertThat(err.toString()).isEmpty();
            assertThat(out.toString()).contains("django/no-print");
        }
    }

    @Test
    void anIncompleteRunExitsWithThreeWhateverItFound() {
        Finding error = new Finding("t/x", Severity.ERROR, Location.at("a.py", 1, 1), "m", "", "");
        Report complete = new Report("0", "p", List.of(), List.of(error), List.of(new Note("b.py", "not UTF-8")), 2);
        Report incomplete = new Report("0", "p", List.of(), List.of(error),
                List.of(Note.checkFailed("b.py", "t/x", "rule t/x failed on this file: boom")), 2);
        Report cleanButIncomplete = new Report("0", "p", List.of(), List.of(),
                List.of(Note.checkFailed("b.py", "t/x", "rule t/x failed on this file: boom")), 2);
        assertThat(CheckCommand.exitCode(complete, Optional.of(Severity.ERROR))).isEqualTo(ExitCode.FINDINGS);
        assertThat(CheckCommand.exitCode(complete, Optional.empty())).isEqualTo(ExitCode.OK);
        assertThat(CheckCommand.exitCode(incomplete, Optional.of(Severity.ERROR))).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(CheckCommand.exitCode(cleanButIncomplete, Optional.empty())).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(ExitCode.INCOMPLETE.code()).isEqualTo(3);
    }
}
