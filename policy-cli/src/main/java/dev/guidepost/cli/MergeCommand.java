package dev.guidepost.cli;

import dev.guidepost.policy.Severity;
import dev.guidepost.report.ReportMerger;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidepost merge}: joins the reports of the shards of one run into the report of the whole run. */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Join the JSON or SARIF reports of 'check --shard I/N' runs into the report of the whole run.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REPORT", arity = "1..*", description = "The shards' reports, all JSON or all SARIF.")
    List<Path> reports;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the merged report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit with 1 when a merged finding is at or above LEVEL: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Override
    public Integer call() {
        Optional<Severity> threshold = failOn.equals("never") ? Optional.empty()
                : Optional.of(Severity.parse(failOn).orElseThrow(() -> new CliException(
                        "unknown --fail-on level '" + failOn + "': expected error, warning, info or never")));
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path report : reports) {
            try {
                texts.put(report.toString(), Files.readString(report, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CliException("cannot read report " + report + ": " + e.getMessage());
            }
        }
        ReportMerger.Merged merged;
        try {
            merged = ReportMerger.merge(texts);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        if (output != null) {
            FileWrites.write(output, merged.text());
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(merged.text());
            out.flush();
        }
        return threshold.isPresent() && merged.hasFindingsAtOrAbove(threshold.get())
                ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }
}
