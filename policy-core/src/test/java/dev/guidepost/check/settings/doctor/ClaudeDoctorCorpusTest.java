package dev.guidepost.check.settings.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Guidepost's settings checks against Claude Code's own validator, {@code claude doctor}, on a
 * corpus of settings files ({@code src/test/resources/claude-doctor/corpus}). A Guidepost error
 * must sit where Claude Code reports a problem and the other way round; every exception is listed
 * with its reason in {@code deliberate-disagreements.txt}.
 *
 * <p>Two tests: one against the verdicts of claude doctor recorded in {@code verdicts.txt}
 * (always runs), and one against the installed binary (skipped, saying so, when none is found).
 * With {@code -Dguidepost.updateGoldens=true} and a binary, the second rewrites the recorded
 * verdicts.
 */
class ClaudeDoctorCorpusTest {

    private static final Path DATA = Path.of("src/test/resources/claude-doctor");
    private static final Path CORPUS = DATA.resolve("corpus");
    private static final Path VERDICTS = DATA.resolve("verdicts.txt");
    private static final Path DELIBERATE = DATA.resolve("deliberate-disagreements.txt");

    @Test
    void guidepostAgreesWithTheRecordedVerdictsOfClaudeDoctor() throws IOException {
        Recorded recorded = Recorded.read(VERDICTS);
        Map<String, String> corpus = corpus();
        assertThat(recorded.cases().keySet()).as("every corpus file has recorded verdicts (and no others)")
                .isEqualTo(corpus.keySet());
        assertAgreement(corpus, recorded.cases(), "claude doctor " + recorded.version() + " (recorded)");
    }

    @Test
    void guidepostAgreesWithTheInstalledClaudeDoctor() throws Exception {
        Optional<ClaudeDoctor> doctor = ClaudeDoctor.find();
        if (doctor.isEmpty()) {
            System.err.println("ClaudeDoctorCorpusTest: SKIPPED the live comparison with claude doctor: no Claude Code "
                    + "binary found (" + ClaudeDoctor.where() + "); the recorded verdicts were still checked");
        }
        Assumptions.assumeTrue(doctor.isPresent(), "no Claude Code binary found; set " + ClaudeDoctor.where());
        String version = doctor.get().version();
        Map<String, String> corpus = corpus();
        Map<String, List<String>> live = new TreeMap<>();
        for (Map.Entry<String, String> entry : corpus.entrySet()) {
            live.put(entry.getKey(), doctor.get().invalidSettings(entry.getValue()));
        }
        if (Boolean.getBoolean("guidepost.updateGoldens")) {
            new Recorded(version, live).write(VERDICTS);
        }
        Recorded recorded = Recorded.read(VERDICTS);
        if (recorded.version().equals(version)) {
            assertThat(keys(live)).as("claude doctor %s says what verdicts.txt recorded for it; rerun with "
                    + "-Dguidepost.updateGoldens=true if the corpus changed", version).isEqualTo(keys(recorded.cases()));
        }
        assertAgreement(corpus, live, "claude doctor " + version);
    }

    private static void assertAgreement(Map<String, String> corpus, Map<String, List<String>> verdicts, String source)
            throws IOException {
        Map<String, String> deliberate = deliberate();
        Set<String> found = new TreeSet<>();
        List<String> unlisted = new ArrayList<>();
        for (Map.Entry<String, String> entry : corpus.entrySet()) {
            Set<String> doctor = new TreeSet<>();
            for (String line : verdicts.getOrDefault(entry.getKey(), List.of())) {
                doctor.add(DoctorVerdict.parse(line, ClaudeDoctor.SHOWN_AS).key());
            }
            for (String disagreement : Disagreements.of(doctor, Disagreements.guidepostErrors(entry.getValue()))) {
                String id = entry.getKey() + " | " + disagreement;
                found.add(id);
                if (!deliberate.containsKey(id)) {
                    unlisted.add(id + "   [" + source + ": " + verdicts.getOrDefault(entry.getKey(), List.of()) + "]");
                }
            }
        }
        assertThat(unlisted).as("disagreements with %s that deliberate-disagreements.txt does not list", source)
                .isEmpty();
        assertThat(deliberate.keySet()).as("listed disagreements that no longer occur with %s", source)
                .isSubsetOf(found);
    }

    private static Map<String, Set<String>> keys(Map<String, List<String>> verdicts) {
        Map<String, Set<String>> out = new TreeMap<>();
        verdicts.forEach((name, lines) -> {
            Set<String> keys = new TreeSet<>();
            lines.forEach(line -> keys.add(DoctorVerdict.parse(line, ClaudeDoctor.SHOWN_AS).key()));
            out.put(name, keys);
        });
        return out;
    }

    private static Map<String, String> corpus() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String name = file.getFileName().toString();
                out.put(name.substring(0, name.length() - ".json".length()), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** {@code CASE | claude-only|guidepost-only KEY | REASON} lines, keyed by everything before the reason. */
    private static Map<String, String> deliberate() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DELIBERATE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int reason = line.lastIndexOf(" | ");
            assertThat(reason).as("a listed disagreement needs a reason: %s", line).isPositive();
            assertThat(line.substring(reason + 3).strip()).as("reason of %s", line).isNotEmpty();
            out.put(line.substring(0, reason).strip(), line.substring(reason + 3).strip());
        }
        return out;
    }

    /** The recorded verdicts: Claude Code's version and each case's "Invalid settings" lines. */
    private record Recorded(String version, Map<String, List<String>> cases) {

        static Recorded read(Path file) throws IOException {
            String version = "";
            Map<String, List<String>> cases = new TreeMap<>();
            List<String> current = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("version ")) {
                    version = line.substring("version ".length()).strip();
                } else if (line.startsWith("== ")) {
                    current = new ArrayList<>();
                    cases.put(line.substring(3).strip(), current);
                } else if (current != null && !line.isBlank() && !line.startsWith("#")) {
                    current.add(line);
                }
            }
            return new Recorded(version, cases);
        }

        void write(Path file) throws IOException {
            StringBuilder text = new StringBuilder();
            text.append("# The \"Invalid settings\" lines of `claude doctor` for each settings file of corpus/, run\n")
                    .append("# offline with an empty HOME (first line of each entry; the file is shown as settings.json).\n")
                    .append("# Written by ClaudeDoctorCorpusTest with -Dguidepost.updateGoldens=true; do not edit.\n")
                    .append("version ").append(version).append('\n');
            cases.forEach((name, lines) -> {
                text.append("== ").append(name).append('\n');
                lines.forEach(line -> text.append(line).append('\n'));
            });
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        }
    }
}
