package dev.guidepost.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.guidepost.policy.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the JSON or SARIF reports of the shards of one run ({@code check --shard I/N}) into the
 * report the whole run would have written: the same findings in the same order, totals added up,
 * notes joined, byte for byte what an unsharded run gives. The reports must come from the same
 * Guidepost version and policy, in one format.
 */
public final class ReportMerger {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern OMITTED = Pattern.compile("^(\\d+) less severe results left out");

    private ReportMerger() {
    }

    /** The format of a report's text: {@link ReportFormat#JSON} or {@link ReportFormat#SARIF}. */
    public static ReportFormat formatOf(String name, String text) {
        JsonNode root = parse(name, text);
        if (root.has("schemaVersion") && root.has("findings")) {
            return ReportFormat.JSON;
        }
        if (root.path("runs").isArray() && "2.1.0".equals(root.path("version").asText())) {
            return ReportFormat.SARIF;
        }
        throw new IllegalArgumentException(name + ": not a Guidepost JSON or SARIF report");
    }

    /**
     * A merged report.
     *
     * @param text the report, in the format of the reports merged
     * @param counts how many findings it has of each severity (every severity a key)
     */
    public record Merged(String text, ReportFormat format, Map<Severity, Integer> counts) {
        public Merged {
            counts = Map.copyOf(counts);
        }

        /** True when a finding is at or above {@code threshold}. */
        public boolean hasFindingsAtOrAbove(Severity threshold) {
            return counts.entrySet().stream().anyMatch(e -> e.getKey().isAtLeast(threshold) && e.getValue() > 0);
        }
    }

    /**
     * Merges reports given as (name, text) pairs, names used in error messages.
     *
     * @throws IllegalArgumentException when a report cannot be read, or the reports do not belong together
     */
    public static Merged merge(Map<String, String> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no report to merge");
        }
        ReportFormat format = null;
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (Map.Entry<String, String> report : reports.entrySet()) {
            ReportFormat f = formatOf(report.getKey(), report.getValue());
            if (format != null && f != format) {
                throw new IllegalArgumentException(report.getKey() + ": a " + f.label() + " report among "
                        + format.label() + " reports; merge reports of one format");
            }
            format = f;
            documents.put(report.getKey(), parse(report.getKey(), report.getValue()));
        }
        ObjectNode merged = format == ReportFormat.JSON ? mergeJson(documents) : mergeSarif(documents);
        Map<Severity, Integer> counts = new java.util.EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        if (format == ReportFormat.JSON) {
            merged.path("findings").forEach(f -> Severity.parse(f.path("severity").asText())
                    .ifPresent(s -> counts.merge(s, 1, Integer::sum)));
        } else {
            merged.path("runs").path(0).path("results").forEach(r -> counts.merge(switch (r.path("level").asText()) {
                case "error" -> Severity.ERROR;
                case "warning" -> Severity.WARNING;
                default -> Severity.INFO;
            }, 1, Integer::sum));
        }
        try {
            String text = JsonText.write(json -> {
                json.setCodec(MAPPER);
                json.writeTree(merged);
            }) + "\n";
            return new Merged(text, format, counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode mergeJson(Map<String, JsonNode> documents) {
        ObjectNode first = (ObjectNode) documents.values().iterator().next().deepCopy();
        List<JsonNode> findings = new ArrayList<>();
        List<JsonNode> notes = new ArrayList<>();
        int files = 0;
        int suppressed = 0;
        int baselined = 0;
        int fixed = 0;
        for (Map.Entry<String, JsonNode> document : documents.entrySet()) {
            JsonNode root = document.getValue();
            same(document.getKey(), "schema version", first.path("schemaVersion"), root.path("schemaVersion"));
            same(document.getKey(), "Guidepost version", first.path("tool"), root.path("tool"));
            same(document.getKey(), "policy", first.path("policy"), root.path("policy"));
            same(document.getKey(), "rule count", first.path("summary").path("rules"), root.path("summary").path("rules"));
            same(document.getKey(), "baseline", first.path("summary").path("baseline").path("file"),
                    root.path("summary").path("baseline").path("file"));
            root.path("findings").forEach(findings::add);
            root.path("notes").forEach(notes::add);
            JsonNode summary = root.path("summary");
            files += summary.path("filesScanned").asInt();
            suppressed += summary.path("suppressed").asInt();
            baselined += summary.path("baseline").path("baselined").asInt();
            fixed += summary.path("baseline").path("fixed").asInt();
        }
        findings.sort(Comparator.comparing((JsonNode f) -> f.path("path").asText())
                .thenComparingInt(f -> f.path("startLine").asInt())
                .thenComparingInt(f -> f.path("startColumn").asInt())
                .thenComparingInt(f -> f.path("endLine").asInt())
                .thenComparingInt(f -> f.path("endColumn").asInt())
                .thenComparing(f -> f.path("ruleId").asText())
                .thenComparing(f -> f.path("message").asText())
                .thenComparing(f -> f.path("project").asText()));
        ObjectNode summary = (ObjectNode) first.path("summary");
        summary.put("filesScanned", files);
        summary.put("findings", findings.size());
        for (Severity severity : Severity.values()) {
            summary.put(severity.label(), (int) findings.stream()
                    .filter(f -> f.path("severity").asText().equals(severity.label())).count());
        }
        summary.put("suppressed", suppressed);
        if (summary.has("baseline")) {
            ((ObjectNode) summary.path("baseline")).put("baselined", baselined);
            ((ObjectNode) summary.path("baseline")).put("fixed", fixed);
        }
        first.putArray("findings").addAll(findings);
        first.putArray("notes").addAll(distinctSorted(notes, n -> n.path("path").asText() + "\u0000"
                + n.path("message").asText()));
        return first;
    }

    private static ObjectNode mergeSarif(Map<String, JsonNode> documents) {
        ObjectNode first = (ObjectNode) documents.values().iterator().next().deepCopy();
        ObjectNode run = (ObjectNode) first.path("runs").path(0);
        List<JsonNode> results = new ArrayList<>();
        List<JsonNode> notes = new ArrayList<>();
        int files = 0;
        int omitted = 0;
        for (Map.Entry<String, JsonNode> document : documents.entrySet()) {
            JsonNode other = document.getValue().path("runs").path(0);
            if (document.getValue().path("runs").size() != 1) {
                throw new IllegalArgumentException(document.getKey() + ": expected one run, as Guidepost writes");
            }
            same(document.getKey(), "tool", run.path("tool"), other.path("tool"));
            same(document.getKey(), "policy", run.path("properties").path("policy"), other.path("properties").path("policy"));
            other.path("results").forEach(results::add);
            for (JsonNode notification : other.path("invocations").path(0).path("toolExecutionNotifications")) {
                Matcher m = OMITTED.matcher(notification.path("message").path("text").asText());
                if (notification.path("level").asText().equals("warning") && m.find()) {
                    omitted += Integer.parseInt(m.group(1));
                } else {
                    notes.add(notification);
                }
            }
            files += other.path("properties").path("filesScanned").asInt();
        }
        Comparator<JsonNode> order = Comparator.comparing(ReportMerger::path)
                .thenComparingInt((JsonNode r) -> region(r).path("startLine").asInt())
                .thenComparingInt(r -> region(r).path("startColumn").asInt())
                .thenComparingInt(r -> region(r).path("endLine").asInt())
                .thenComparingInt(r -> region(r).path("endColumn").asInt())
                .thenComparing(r -> r.path("ruleId").asText())
                .thenComparing(r -> r.path("message").path("text").asText())
                .thenComparing(r -> r.path("properties").path("project").asText());
        results.sort(order);
        if (results.size() > SarifReportWriter.MAX_RESULTS) {
            omitted += results.size() - SarifReportWriter.MAX_RESULTS;
            results = results.stream().sorted(Comparator.comparingInt(ReportMerger::levelRank).thenComparing(order))
                    .limit(SarifReportWriter.MAX_RESULTS).sorted(order).toList();
        }
        run.putArray("results").addAll(results);
        ArrayNode notifications = ((ObjectNode) run.path("invocations").path(0)).putArray("toolExecutionNotifications");
        if (omitted > 0) {
            ObjectNode warning = notifications.addObject();
            warning.put("level", "warning");
            warning.putObject("message").put("text", omitted + " less severe results left out: code scanning accepts "
                    + "at most " + SarifReportWriter.MAX_RESULTS + " results per run");
        }
        notifications.addAll(distinctSorted(notes, n -> decode(n.path("locations").path(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText()) + "\u0000" + n.path("message").path("text").asText()));
        ((ObjectNode) run.path("properties")).put("filesScanned", files);
        return first;
    }

    private static List<JsonNode> distinctSorted(List<JsonNode> nodes, java.util.function.Function<JsonNode, String> key) {
        Map<String, JsonNode> byKey = new java.util.TreeMap<>();
        for (JsonNode node : nodes) {
            byKey.putIfAbsent(key.apply(node), node);
        }
        return new ArrayList<>(byKey.values());
    }

    private static JsonNode region(JsonNode result) {
        return result.path("locations").path(0).path("physicalLocation").path("region");
    }

    private static String path(JsonNode result) {
        return decode(result.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri")
                .asText());
    }

    private static int levelRank(JsonNode result) {
        return switch (result.path("level").asText()) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }

    /** The path of a URI the SARIF writer percent-encoded ({@code +} never occurs unencoded there). */
    private static String decode(String uri) {
        return URLDecoder.decode(uri, StandardCharsets.UTF_8);
    }

    private static void same(String name, String what, JsonNode expected, JsonNode actual) {
        if (!expected.equals(actual)) {
            throw new IllegalArgumentException(name + ": " + what + " " + actual + " differs from the first report's "
                    + expected + "; merge only the shards of one run");
        }
    }

    private static JsonNode parse(String name, String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException(name + ": not a Guidepost JSON or SARIF report");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr() + ": not valid JSON: " + e.getOriginalMessage());
        }
    }
}
