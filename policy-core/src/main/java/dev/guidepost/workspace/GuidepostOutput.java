package dev.guidepost.workspace;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the files Guidepost itself writes (reports in every format, baselines), so that a
 * report written into the repository ({@code --output report.json}) is not checked by the next run.
 * Only files whose extension a report or baseline may carry are opened, and only their first and
 * last few hundred bytes are read: each format has a fixed signature there.
 */
public final class GuidepostOutput {

    /** Extensions of the files a report or a baseline may be written to ("" for none). */
    private static final Set<String> EXTENSIONS = Set.of("json", "sarif", "xml", "html", "htm", "txt", "text", "log",
            "out", "");

    private static final int HEAD = 512;
    private static final int TAIL = 512;

    /** The last lines of a text report: its summary, then optional suppression and baseline lines. */
    private static final Pattern TEXT_SUMMARY = Pattern.compile("(?m)^(No problems found|\\d+ problems? \\(.*\\) in \\d+ "
            + "places?) — \\d+ files checked with \\d+ rules of .*\\n(\\d+ findings? suppressed inline\\n)?(Baseline .*\\n)?\\z");

    private static final Pattern GITHUB_ANNOTATION = Pattern.compile("\\A::(error|warning|notice) file=");

    private GuidepostOutput() {
    }

    /** True when the file at {@code path} (of {@code size} bytes) is a report or baseline written by Guidepost. */
    public static boolean isGuidepostOutput(Path path, String name, long size) {
        int dot = name.lastIndexOf('.');
        String extension = dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (size == 0 || !EXTENSIONS.contains(extension)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            String head = read(file, 0, (int) Math.min(size, HEAD));
            if (head.startsWith("{") && (head.contains("\"guidepostBaseline\"")
                    || head.contains("\"schemaVersion\"") && head.matches("(?s).*\"tool\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"guidepost\".*")
                    || head.contains("\"$schema\"") && head.matches("(?s).*\"driver\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"Guidepost\".*"))) {
                return true;
            }
            if (head.startsWith("<?xml") && head.contains("<testsuites name=\"guidepost ")) {
                return true;
            }
            if (head.startsWith("<!DOCTYPE html>") && head.contains("<title>Guidepost report: ")) {
                return true;
            }
            // the regexes only where their literal parts are: most files opened here are documents and templates
            if (head.startsWith("::") && GITHUB_ANNOTATION.matcher(head).find()) {
                return true;
            }
            String tail = size <= HEAD ? head : read(file, size - TAIL, TAIL);
            return tail.contains(" files checked with ") && TEXT_SUMMARY.matcher(tail).find();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String read(RandomAccessFile file, long from, int length) throws IOException {
        byte[] bytes = new byte[length];
        file.seek(from);
        file.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
