package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.EqualityContract;
import dev.guidepost.policy.Severity;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Findings, locations and notes compare by every component, as records do (their methods are written out). */
class FindingEqualityTest {

    private static Location at(String path, int line, int column, int endLine, int endColumn) {
        return new Location(path, line, column, endLine, endColumn);
    }

    private static Finding finding(String rule, Severity severity, Location at, String message, String fix,
            String project, Map<String, List<String>> properties) {
        return new Finding(rule, severity, at, message, fix, project, properties);
    }

    @Test
    void locationsDifferInEachPart() {
        EqualityContract.holds(at("a.py", 1, 2, 3, 4), at(new String("a.py"), 1, 2, 3, 4), at("b.py", 1, 2, 3, 4),
                at("a.py", 9, 2, 3, 4), at("a.py", 1, 9, 3, 4), at("a.py", 1, 2, 9, 4), at("a.py", 1, 2, 3, 9));
    }

    @Test
    void findingsDifferInEachPart() {
        Location at = at("a.py", 1, 2, 3, 4);
        Map<String, List<String>> properties = Map.of("k", List.of("v"));
        Finding finding = finding("r/x", Severity.ERROR, at, "message", "fix", "p", properties);
        EqualityContract.holds(finding, finding("r/x", Severity.ERROR, at("a.py", 1, 2, 3, 4), "message", "fix", "p",
                        Map.of("k", List.of("v"))),
                finding("r/y", Severity.ERROR, at, "message", "fix", "p", properties),
                finding("r/x", Severity.WARNING, at, "message", "fix", "p", properties),
                finding("r/x", Severity.ERROR, at("a.py", 2, 2, 3, 4), "message", "fix", "p", properties),
                finding("r/x", Severity.ERROR, at, "other", "fix", "p", properties),
                finding("r/x", Severity.ERROR, at, "message", "other", "p", properties),
                finding("r/x", Severity.ERROR, at, "message", "fix", "q", properties),
                finding("r/x", Severity.ERROR, at, "message", "fix", "p", Map.of("k", List.of("w"))));
    }

    @Test
    void notesDifferInEachPartAndSortByPathMessageAndRule() {
        Note note = Note.checkFailed("a.py", "r/x", "failed");
        EqualityContract.holds(note, Note.checkFailed(new String("a.py"), "r/x", "failed"),
                Note.checkFailed("b.py", "r/x", "failed"), Note.checkFailed("a.py", "r/y", "failed"),
                Note.checkFailed("a.py", "r/x", "other"), new Note("a.py", "failed"));
        List<Note> sorted = Stream.of(Note.checkFailed("a.py", "r/y", "m"), new Note("b.py", "a"),
                Note.checkFailed("a.py", "r/x", "m"), new Note("a.py", "m"), new Note("a.py", "l")).sorted().toList();
        assertThat(sorted).containsExactly(new Note("a.py", "l"), new Note("a.py", "m"),
                Note.checkFailed("a.py", "r/x", "m"), Note.checkFailed("a.py", "r/y", "m"), new Note("b.py", "a"));
    }
}
