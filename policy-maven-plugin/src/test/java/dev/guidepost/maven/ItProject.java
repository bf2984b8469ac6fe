package dev.guidepost.maven;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the invoker projects' {@code verify.groovy} scripts share
 * (they get the test class path): the build log, the report folder, and the library's own
 * rendering of a repository, which the plugin's JSON report must equal byte for byte — the CLI
 * prints exactly that rendering too.
 */
public final class ItProject {

    private final Path basedir;

    public ItProject(java.io.File basedir) {
        this.basedir = basedir.toPath();
    }

    public String log() throws IOException {
        return Files.readString(basedir.resolve("build.log"), StandardCharsets.UTF_8);
    }

    /**
     * What each run of a Guidepost goal logged, one list per run in the order of the build log: the
     * lines after the goal's {@code --- policy-maven-plugin:...} header up to Maven's build result,
     * without Maven's artifact transfers.
     */
    public List<List<String>> goalLogs() throws IOException {
        List<List<String>> runs = new java.util.ArrayList<>();
        List<String> run = null;
        for (String line : log().lines().toList()) {
            if (line.contains("--- policy-maven-plugin:")) {
                run = new java.util.ArrayList<>();
                runs.add(run);
            } else if (line.matches("\\[INFO\\] (BUILD |-{20,}).*")) {
                run = null;
            } else if (run != null && !line.matches("\\[INFO\\] Download(ing|ed) from .*")) {
                // Maven's own transfers left out: a snapshot's metadata is checked again once a day,
                // so the first run after midnight logs one the second does not
                run.add(line);
            }
        }
        return runs;
    }

    /** The build log lines that match {@code regex} (found anywhere in the line). */
    public List<String> logLines(String regex) throws IOException {
        Pattern pattern = Pattern.compile(regex);
        return log().lines().filter(l -> pattern.matcher(l).find()).toList();
    }

    /** Fails unless the build log has exactly {@code count} lines matching {@code regex}. */
    public void expectLogLines(String regex, int count) throws IOException {
        List<String> lines = logLines(regex);
        if (lines.size() != count) {
            throw new AssertionError("expected " + count + " build log lines matching /" + regex + "/, found "
                    + lines.size() + ": " + lines);
        }
    }

    /** Fails unless the report folder holds exactly the files of the default formats the library offers. */
    public void expectDefaultReports(String module) throws IOException {
        Path dir = basedir.resolve(module).resolve("target/guidepost");
        List<String> expected = CheckPlan.DEFAULT_FORMATS.stream().map(ReportFormat::parse)
                .flatMap(java.util.Optional::stream).map(ReportFormat::fileName).sorted().toList();
        List<String> actual;
        try (var files = Files.list(dir)) {
            actual = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        if (!actual.equals(expected)) {
            throw new AssertionError("expected reports " + expected + " in " + dir + ", found " + actual);
        }
    }

    /**
     * Fails unless {@code module/target/guidepost/guidepost.json} equals the library's JSON for
     * the same repository and policy ({@code null}: the default policy lookup).
     */
    public void expectJsonAsLibrary(String module, String policy) throws IOException {
        CheckRequest request = CheckRequest.of(basedir).withWorkingDirectory(basedir.resolve(module))
                .withPolicy(policy);
        String expected = ReportFormat.JSON.writer(false).render(Guidepost.standard().check(request));
        String actual = Files.readString(basedir.resolve(module).resolve("target/guidepost/guidepost.json"),
                StandardCharsets.UTF_8);
        if (!actual.equals(expected)) {
            throw new AssertionError("the plugin's JSON report differs from the library's:\n--- plugin\n" + actual
                    + "\n--- library\n" + expected);
        }
    }
}
