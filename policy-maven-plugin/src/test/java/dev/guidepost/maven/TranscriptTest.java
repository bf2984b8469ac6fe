package dev.guidepost.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.CheckRequest;
import dev.guidepost.FixMode;
import dev.guidepost.maven.Transcript.Ending;
import dev.guidepost.maven.Transcript.Level;
import dev.guidepost.maven.Transcript.Line;
import dev.guidepost.policy.Severity;
import dev.guidepost.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the goal hands to its forked JVM and gets back survives the trip, and nothing else passes for it. */
class TranscriptTest {

    static final Transcript TRANSCRIPT = new Transcript(List.of(new Line(Level.ERROR, "a.py:1:1: [x/y] bad: 12:3\n"),
            new Line(Level.WARN, ""), new Line(Level.INFO, "naïve ✓ \r\n tab\t")), Ending.FAILED,
            "Invalid Guidepost policy (2 problems):\nguidepost.yaml:5:13: unknown");

    @Test
    void aTranscriptReadsBackAsWritten() {
        assertThat(Transcript.decode(TRANSCRIPT.encode())).contains(TRANSCRIPT);
        Transcript empty = new Transcript(List.of(), Ending.PASSED, "");
        assertThat(Transcript.decode(empty.encode())).contains(empty);
    }

    @Test
    void aTranscriptCutShortOrOfAnotherKindIsNone() {
        String text = TRANSCRIPT.encode();
        for (int end = 0; end < text.length(); end++) {
            assertThat(Transcript.decode(text.substring(0, end))).as("cut at " + end).isEmpty();
        }
        assertThat(Transcript.decode("garbage")).isEmpty();
        assertThat(Transcript.decode("7:nothing\n")).isEmpty();
        assertThat(Transcript.decode(text + "1:x\n")).isEmpty();
        assertThat(Transcript.decode(text.replace("FAILED", "FAILEX"))).isEmpty();
    }

    @Test
    void aJobReadsBackAsWritten() {
        CheckRequest request = CheckRequest.of(Path.of("/repo"))
                .withPolicy("policies/team.yaml")
                .withWorkingDirectory(Path.of("/repo/module"))
                .withIncludes(List.of("src/**", "a,b"))
                .withExcludes(List.of("legacy/**"))
                .withUserSettings(Path.of("/home/u/.claude/settings.json"))
                .withBaseline(Path.of("/repo/baseline.json"))
                .withChangedSince("origin/main")
                .withCache(Path.of("/cache"));
        GoalJob check = new GoalJob(Optional.empty(), request, Optional.of(Severity.WARNING),
                List.of(ReportFormat.JSON, ReportFormat.TEXT), Path.of("/repo/target/guidepost"), true,
                Optional.of("a key\nwith lines"));
        assertThat(GoalJob.decode(check.encode())).contains(check);

        GoalJob fix = new GoalJob(Optional.of(new FixMode(false, true)), CheckRequest.of(Path.of("/r")),
                Optional.empty(), List.of(), Path.of("/r/target"), false, Optional.empty());
        assertThat(GoalJob.decode(fix.encode())).contains(fix);
        assertThat(GoalJob.decode(fix.encode().substring(1))).isEmpty();
        assertThat(GoalJob.decode("")).isEmpty();
    }
}
