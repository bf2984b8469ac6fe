package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;

/**
 * The files other tools read to run Guidepost (the GitHub Action, the GitLab CI template, the
 * pre-commit hooks, the Dockerfile) stay in step with the command line: every command they run
 * parses, every action input reaches the run step. Running them for real is DistributionIT's job
 * (the action's script and the pre-commit entry) or needs their platform (GitHub, GitLab, Docker).
 */
class IntegrationFilesTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyActionInputIsDescribedAndReachesTheRunScript() throws IOException {
        Map<String, Object> action = yaml(REPOSITORY.resolve("action.yml"));
        Map<String, Map<String, Object>> inputs = map(action.get("inputs"));
        String script = Files.readString(REPOSITORY.resolve("integrations/github-action.sh"));
        Map<String, Object> runs = map(action.get("runs"));
        List<Map<String, Object>> steps = list(runs.get("steps"));
        Map<String, Object> check = steps.stream().filter(s -> "check".equals(s.get("id"))).findFirst().orElseThrow();
        Map<String, String> env = map(check.get("env"));
        assertThat(runs.get("using")).isEqualTo("composite");
        for (Map.Entry<String, Map<String, Object>> input : inputs.entrySet()) {
            assertThat(input.getValue()).as(input.getKey()).containsKeys("description", "default");
            String variable = "INPUT_" + input.getKey().toUpperCase().replace('-', '_');
            boolean usedByTheAction = action.toString().contains("inputs." + input.getKey() + " ")
                    || action.toString().contains("inputs." + input.getKey() + "}");
            if (env.containsKey(variable)) {
                assertThat(env.get(variable)).isEqualTo("${{ inputs." + input.getKey() + " }}");
                assertThat(script).as(variable + " read by the run script").contains("${" + variable);
            } else {
                assertThat(usedByTheAction).as(input.getKey() + " used by a step").isTrue();
            }
        }
    }

    @Test
    void theGitlabJobRunsACommandTheCliAccepts() throws IOException {
        Map<String, Object> template = yaml(REPOSITORY.resolve("integrations/gitlab-ci.yml"));
        Map<String, Object> job = map(template.get("guidepost"));
        List<String> script = list(job.get("script"));
        String command = script.stream().filter(line -> line.contains("guidepost check")).findFirst().orElseThrow();
        List<String> args = words(command.substring(command.indexOf("guidepost check") + "guidepost ".length())
                .replace("$GUIDEPOST_ARGS", "--fail-on warning"));
        assertParses(args);
        Map<String, Object> artifacts = map(job.get("artifacts"));
        Map<String, Object> reports = map(artifacts.get("reports"));
        String junit = (String) reports.get("junit");
        assertThat(args).contains("junit=" + junit);
        for (String kept : this.<String>list(artifacts.get("paths"))) {
            assertThat(args).anyMatch(a -> a.endsWith("=" + kept));
        }
    }

    @Test
    void everyPreCommitHookRunsTheNarrowedCheckOncePerCommit() throws IOException {
        List<Map<String, Object>> hooks = list(new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(REPOSITORY.resolve(".pre-commit-hooks.yaml"))));
        assertThat(hooks).extracting(h -> h.get("language")).containsExactlyInAnyOrder("script", "system", "docker");
        for (Map<String, Object> hook : hooks) {
            assertThat(hook.get("require_serial")).as(hook.get("id") + " one JVM per commit").isEqualTo(true);
            List<String> entry = words((String) hook.get("entry"));
            assertThat(entry.get(0)).isEqualTo("guidepost");
            assertThat(entry).containsSequence("--root", ".");
            List<String> args = new ArrayList<>(entry.subList(1, entry.size()));
            args.addAll(List.of("--fail-on", "warning", "apps/models.py", "CLAUDE.md")); // user args, then files
            assertParses(args);
        }
        assertThat(REPOSITORY.resolve("guidepost")).as("the script hook's entry").isExecutable();
    }

    @Test
    void theContainerImageRunsAsAnUnprivilegedUserOnAGlibcJre() throws IOException {
        List<String> lines = Files.readAllLines(REPOSITORY.resolve("Dockerfile"));
        int finalStage = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("FROM ")) {
                finalStage = i;
            }
        }
        List<String> last = lines.subList(finalStage, lines.size());
        assertThat(last.get(0)).doesNotContain("alpine").contains("jre");
        String user = last.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user.substring(5).split(":")[0].strip()).isNotIn("root", "0");
        assertThat(last).contains("ENTRYPOINT [\"guidepost\"]");
        Matcher copy = Pattern.compile("(?m)^COPY (?!--from)(\\S+) ").matcher(String.join("\n", lines));
        int copies = 0;
        while (copy.find()) {
            assertThat(REPOSITORY.resolve(copy.group(1))).as("COPY source " + copy.group(1)).exists();
            copies++;
        }
        assertThat(copies).isPositive();
        String cmd = last.stream().filter(l -> l.startsWith("CMD ")).findFirst().orElseThrow();
        assertParses(words(cmd.substring(4).replaceAll("[\\[\\]\",]", " ")));
    }

    private static void assertParses(List<String> args) {
        CommandLine commandLine = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        commandLine.parseArgs(args.toArray(String[]::new)); // throws ParameterException on an unknown option
    }

    /** Splits a shell command line on white space, dropping single quotes around words. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String word : line.strip().split("\\s+")) {
            words.add(word.replaceAll("^'|'$", ""));
        }
        return words;
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static <T> T map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (T) value;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<T>) value;
    }
}
