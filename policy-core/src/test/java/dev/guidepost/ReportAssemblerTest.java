package dev.guidepost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.engine.EngineResult;
import dev.guidepost.policy.Policy;
import dev.guidepost.policy.Severity;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Location;
import dev.guidepost.report.Report;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report shows the lines the file rules flagged from the text they checked, and reads a file only for other lines. */
class ReportAssemblerTest {

    @TempDir
    Path repo;

    private static final String CHECKED = String.join("\n", "line 1", "checked 2", "line 3", "line 4", "line 5",
            "line 6", "line 7", "line 8", "line 9", "line 10", "line 11", "line 12", "line 13", "line 14",
            "line 15", "line 16", "line 17", "line 18", "line 19", "checked 20", "");

    private Report assemble(ReportAssembler assembler, List<Finding> findings) {
        CompiledPolicy policy = new CompiledPolicy(new Policy("test", "test", Map.of(), List.of()), List.of());
        return assembler.assemble("test", policy, new EngineResult(findings, List.of(), 1), (path, rule) -> true,
                (path, rule) -> true, Optional.empty(), "");
    }

    private static Finding at(int line) {
        return new Finding("t/rule", Severity.WARNING, Location.line("a.py", line), "message", "fix", "");
    }

    private static Finding at(int line, int column) {
        return new Finding("t/rule", Severity.WARNING, Location.at("a.py", line, column), "message", "fix", "");
    }

    @Test
    void flaggedLinesComeFromTheCheckedTextAndOthersFromTheFile() throws Exception {
        // the file on disk no longer holds the text the rules checked: which one a line shows tells where it came from
        Files.writeString(repo.resolve("a.py"), CHECKED.replace("checked", "on disk").replace("line 3", "disk 3"));
        WorkspaceFile file = new WorkspaceFile("a.py", repo.resolve("a.py"), "python", 1, 1);
        Workspace workspace = new Workspace(repo, List.of(file), Set.of(), List.of());

        ReportAssembler kept = new ReportAssembler(workspace);
        kept.read(file, CHECKED);
        kept.flagged(file, CHECKED, List.of(Location.at("a.py", 2, 1), Location.line("a.py", 3)));
        Report fromChecked = assemble(kept, List.of(at(2, 1), at(3)));
        assertThat(fromChecked.findings()).extracting(fromChecked::excerpt)
                .containsExactly(List.of("checked 2"), List.of("line 3"));

        // a suppression comment's lines are kept with the flagged ones (it suppresses nothing here, which
        // is itself reported at its line): the file is not read for them
        String suppressed = CHECKED.replace("line 10", "x = 1  # guidepost: ignore[t/rule] on purpose");
        ReportAssembler withComment = new ReportAssembler(workspace);
        withComment.read(file, suppressed);
        withComment.flagged(file, suppressed, List.of(Location.at("a.py", 2, 1)));
        Report commented = assemble(withComment, List.of(at(2, 1)));
        assertThat(commented.findings()).extracting(commented::excerpt)
                .containsExactly(List.of("checked 2"), List.of("x = 1  # guidepost: ignore[t/rule] on purpose"));

        // a finding on a line the rules did not flag (a workspace rule's): the file is read for all of them
        ReportAssembler reread = new ReportAssembler(workspace);
        reread.read(file, CHECKED);
        reread.flagged(file, CHECKED, List.of(Location.line("a.py", 2)));
        Report fromDisk = assemble(reread, List.of(at(2), at(20)));
        assertThat(fromDisk.findings()).extracting(fromDisk::excerpt)
                .containsExactly(List.of("on disk 2"), List.of("on disk 20"));
    }
}
