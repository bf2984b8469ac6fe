package dev.guidepost.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidepost.GuidepostException;
import dev.guidepost.report.JsonText;
import dev.guidepost.report.AtomicFile;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The findings a team has accepted for now, recorded by {@link dev.guidepost.report.Fingerprint}
 * (never by line number) so that unrelated edits do not bring them back. Stored as a small,
 * sorted, versioned JSON file that is meant to be committed and reviewed; line and message of
 * each entry are there for the reader only and play no part in matching.
 */
public record Baseline(List<Entry> entries) {

    /** The value of the {@code guidepostBaseline} key; bumped on any incompatible change. */
    public static final int VERSION = 1;

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path).thenComparing(Entry::line)
            .thenComparing(Entry::ruleId).thenComparing(Entry::fingerprint);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Baseline {
        entries = entries.stream().sorted(ORDER).toList();
    }

    /** One accepted finding. */
    public record Entry(String fingerprint, String ruleId, String path, int line, String message) {
    }

    /** What applying a baseline to a run's findings gave. */
    public record Outcome(List<Finding> findings, int baselined, int fixed) {
        public Outcome {
            findings = List.copyOf(findings);
        }
    }

    /** The baseline that accepts every finding of {@code report}. */
    public static Baseline of(Report report) {
        return new Baseline(report.findings().stream().map(f -> new Entry(report.fingerprint(f), f.ruleId(),
                f.location().path(), f.location().startLine(), f.message())).toList());
    }

    /** Writes the baseline of every finding of {@code report} to {@code file}, creating folders. */
    public static void write(Report report, Path file) {
        of(report).writeTo(file);
    }

    /**
     * Writes this baseline to {@code file}, whole or not at all ({@link AtomicFile}).
     *
     * @throws GuidepostException when the file cannot be written
     */
    public void writeTo(Path file) {
        try {
            AtomicFile.write(file, toJson());
        } catch (IOException e) {
            throw new GuidepostException("cannot write baseline " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file content: same entries, same bytes. */
    public String toJson() {
        try {
            return JsonText.write(json -> {
                json.writeStartObject();
                json.writeNumberField("guidepostBaseline", VERSION);
                json.writeArrayFieldStart("findings");
                for (Entry entry : entries) {
                    json.writeStartObject();
                    json.writeStringField("fingerprint", entry.fingerprint());
                    json.writeStringField("ruleId", entry.ruleId());
                    json.writeStringField("path", entry.path());
                    json.writeNumberField("line", entry.line());
                    json.writeStringField("message", entry.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
    }

    /**
     * Reads a baseline file.
     *
     * @throws GuidepostException saying what is wrong when the file is missing, not JSON, of
     *     another version, or has an entry without fingerprint, rule id or path
     */
    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new GuidepostException("baseline " + file + " does not exist: record one first (the CLI's "
                    + "'guidepost baseline write FILE', or Baseline.write from the library)");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new GuidepostException("baseline " + file + " is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new GuidepostException("cannot read baseline " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new GuidepostException("baseline " + file + ": expected a JSON object with 'guidepostBaseline' and "
                    + "'findings'");
        }
        JsonNode version = root.get("guidepostBaseline");
        if (version == null || !version.isInt() || version.intValue() != VERSION) {
            throw new GuidepostException("baseline " + file + ": expected \"guidepostBaseline\": " + VERSION
                    + ", found " + (version == null ? "nothing" : version.toString())
                    + "; write it again with this version of Guidepost");
        }
        JsonNode findings = root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new GuidepostException("baseline " + file + ": expected a 'findings' array");
        }
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode node : findings) {
            String fingerprint = node.path("fingerprint").asText("");
            String ruleId = node.path("ruleId").asText("");
            String path = node.path("path").asText("");
            if (fingerprint.isEmpty() || ruleId.isEmpty() || path.isEmpty()) {
                throw new GuidepostException("baseline " + file + ": findings[" + index
                        + "] needs a non-empty 'fingerprint', 'ruleId' and 'path'");
            }
            entries.add(new Entry(fingerprint, ruleId, path, node.path("line").asInt(0), node.path("message").asText("")));
            index++;
        }
        return new Baseline(entries);
    }

    /**
     * Drops every finding this baseline records. Each entry accepts one finding (two equal
     * fingerprints need two entries).
     *
     * @param fingerprint the fingerprint of a finding
     * @param checked whether the run looked at a path: entries of paths it did not look at are
     *     not counted as fixed
     */
    public Outcome apply(List<Finding> findings, Function<Finding, String> fingerprint, Predicate<String> checked) {
        return apply(findings, fingerprint, (path, ruleId) -> checked.test(path));
    }

    /**
     * As {@link #apply(List, Function, Predicate)}, where {@code checked} tells whether the run
     * looked at a path (first argument) with a rule (second argument).
     */
    public Outcome apply(List<Finding> findings, Function<Finding, String> fingerprint,
            BiPredicate<String, String> checked) {
        Map<String, Integer> remaining = new HashMap<>();
        entries.forEach(e -> remaining.merge(e.fingerprint(), 1, Integer::sum));
        List<Finding> kept = new ArrayList<>();
        int baselined = 0;
        for (Finding finding : findings) {
            String key = fingerprint.apply(finding);
            Integer left = remaining.get(key);
            if (left != null && left > 0) {
                remaining.put(key, left - 1);
                baselined++;
            } else {
                kept.add(finding);
            }
        }
        int fixed = 0;
        for (Entry entry : entries) {
            Integer left = remaining.get(entry.fingerprint());
            if (left != null && left > 0) {
                remaining.put(entry.fingerprint(), left - 1);
                if (checked.test(entry.path(), entry.ruleId())) {
                    fixed++;
                }
            }
        }
        return new Outcome(kept, baselined, fixed);
    }
}
