package dev.guidepost.cli;

import dev.guidepost.Guidepost;
import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.fixture.FixtureResult;
import dev.guidepost.fixture.FixtureRunner;
import dev.guidepost.policy.RuleDefinition;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code guidepost test}: runs each rule over its fixture cases ({@code DIR/<rule-id>/<case>/}) and
 * reports cases whose findings differ from the {@code expect:} markers written in them.
 */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Test the policy's rules against fixtures.",
                "Each folder DIR/<rule-id>/<case>/ is a small repository; lines marked with a comment "
                        + "'expect: <rule-id>' must be reported, all others must not. Findings without a line go "
                        + "in a file EXPECT in the case folder: '<rule-id> <path>[:<line>]'."})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PolicyLookup lookup = new PolicyLookup();

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "guidepost-tests",
            description = "The folder of fixtures (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CliException("no fixture folder '" + dir + "'");
        }
        Guidepost guidepost = Guidepost.standard();
        CompiledPolicy policy = lookup.load(guidepost);
        PrintWriter out = spec.commandLine().getOut();
        FixtureRunner runner = new FixtureRunner(guidepost);
        int passed = 0;
        int failed = 0;
        List<String> untested = new ArrayList<>();
        for (RuleDefinition rule : policy.policy().rules()) {
            Path ruleDir = dir.resolve(rule.id());
            if (!Files.isDirectory(ruleDir)) {
                untested.add(rule.id());
                continue;
            }
            for (Path caseDir : folders(ruleDir)) {
                FixtureResult result = runner.run(caseDir, rule.id() + "/" + caseDir.getFileName(), policy,
                        Set.of(rule.id()));
                if (result.passed()) {
                    passed++;
                } else {
                    failed++;
                    out.println(result.describe());
                }
            }
        }
        if (!untested.isEmpty()) {
            out.println("rules without fixtures: " + String.join(", ", untested));
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed > 0 ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private static List<Path> folders(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }
}
