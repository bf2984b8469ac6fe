package dev.guidepost.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The identity of a finding that survives unrelated edits: a hash of the rule id, the path, the
 * whitespace-normalised text of the flagged lines (at most {@value #MAX_LINES}) and the index of
 * the finding among those of the same rule, path and text. Line numbers are not part of it, so
 * inserting lines above a finding keeps its fingerprint. Findings that point at no text (about a
 * whole file, even when shown at a line; see {@link Location#pointsAtText()}), or whose file text
 * is not known, use their message instead of the line text. Used for SARIF
 * {@code partialFingerprints} and for baselines, so both always agree.
 */
public final class Fingerprint {

    /** The key of the fingerprint in SARIF {@code partialFingerprints}; bump the version on any change. */
    public static final String KEY = "guidepost/v1";

    /** How many flagged lines, from the first, take part in the fingerprint. */
    public static final int MAX_LINES = 3;

    private Fingerprint() {
    }

    /**
     * Fingerprints every finding.
     *
     * @param lines the lines of a file by path, empty when the file's text is not known; called from
     *     several threads at once
     * @return a fingerprint for every finding; equal findings share one
     */
    public static Map<Finding, String> assign(List<Finding> findings, Function<String, Optional<List<String>>> lines) {
        if (findings.isEmpty()) {
            return Map.of(); // a clean run: no SHA-256 looked up (the security providers load on first use, ~8 ms)
        }
        // a fingerprint depends only on the findings of its own file (the key holds the path): each
        // file's are fingerprinted apart, on every core (a large repository has thousands of findings)
        Map<String, List<Finding>> byPath = new LinkedHashMap<>();
        for (Finding finding : findings.stream().sorted().toList()) {
            byPath.computeIfAbsent(finding.location().path(), p -> new ArrayList<>()).add(finding);
        }
        List<List<Finding>> groups = List.copyOf(byPath.values());
        // each group's digest a copy of one (looking SHA-256 up costs more than hashing a group's findings)
        MessageDigest prototype = sha256();
        List<List<String>> hashes = groups.parallelStream().map(group -> hashes(group, lines, copy(prototype))).toList();
        Map<Finding, String> out = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < groups.get(g).size(); i++) {
                out.putIfAbsent(groups.get(g).get(i), hashes.get(g).get(i));
            }
        }
        return out;
    }

    /**
     * As {@link #assign}, computed when first asked for: a report written only as text or annotations
     * never shows a fingerprint, and hashing thousands of findings is a good part of a large run's
     * serial tail.
     *
     * @param lines as for {@link #assign}; called from the thread that first asks, and from the
     *     common pool, and let go once the fingerprints are made
     */
    public static Map<Finding, String> lazily(List<Finding> findings, Function<String, Optional<List<String>>> lines) {
        List<Finding> all = List.copyOf(findings);
        return new MadeOnFirstUse<>(() -> assign(all, lines));
    }

    /** The fingerprints of the findings of one file, in their order. */
    private static List<String> hashes(List<Finding> ordered, Function<String, Optional<List<String>>> lines,
            MessageDigest digest) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(ordered.size());
        for (Finding finding : ordered) {
            String content = content(finding,
                    finding.location().pointsAtText() ? lines.apply(finding.location().path()) : Optional.empty());
            String key = finding.ruleId() + '\u0000' + finding.location().path() + '\u0000' + content;
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            out.add(hash(digest, key + '\u0000' + occurrence));
        }
        return out;
    }

    /** The text a finding is identified by: its normalised flagged lines, or its message. */
    static String content(Finding finding, Optional<List<String>> lines) {
        Location at = finding.location();
        if (!at.pointsAtText() || lines.isEmpty() || at.startLine() > lines.get().size()) {
            return "message:" + normalise(finding.message());
        }
        List<String> text = lines.get();
        int last = Math.min(Math.max(at.endLine(), at.startLine()), Math.min(text.size(), at.startLine() + MAX_LINES - 1));
        List<String> flagged = new ArrayList<>();
        for (int line = at.startLine(); line <= last; line++) {
            flagged.add(normalise(text.get(line - 1)));
        }
        return "lines:" + String.join("\n", flagged);
    }

    /** Collapses every run of whitespace to one space and trims the ends. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The first 16 bytes of the SHA-256 of {@code text}, in hex ({@code digest} is reset by the digest). */
    private static String hash(MessageDigest digest, String text) {
        byte[] bytes = digest.digest(text.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder(32);
        for (int i = 0; i < 16; i++) {
            hex.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16)).append(Character.forDigit(bytes[i] & 0xf, 16));
        }
        return hex.toString();
    }

    /** A copy of {@code digest}, which is only ever copied (so copies may be taken on several threads at once). */
    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
