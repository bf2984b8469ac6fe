package com.example.policyaudit;

import dev.guidepost.CheckRequest;
import dev.guidepost.CheckResult;
import dev.guidepost.Guidepost;
import dev.guidepost.GuidepostException;
import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.policy.PolicyException;
import dev.guidepost.policy.PolicyProblem;
import dev.guidepost.policy.Severity;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Report;
import dev.guidepost.report.ReportFormat;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small tool built on Guidepost's library: checks a folder with a policy and prints the
 * errors, then a count per rule. Usage: {@code PolicyAudit FOLDER [POLICY]}; exits with 1 when
 * there are errors, 2 when the policy or the folder cannot be used.
 */
public final class PolicyAudit {

    private PolicyAudit() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the audit; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println("usage: PolicyAudit FOLDER [POLICY]");
            return 2;
        }
        Guidepost guidepost = Guidepost.standard();
        CheckRequest request = CheckRequest.of(Path.of(args[0])).withThreads(2);
        if (args.length == 2) {
            request = request.withPolicy(args[1]);
        }
        try {
            // Compile the policy once; a long-running tool checks many folders with it.
            CompiledPolicy policy = guidepost.policy(request);
            CheckResult result = guidepost.run(request, policy);
            Report report = result.report();

            Map<String, Integer> perRule = new TreeMap<>();
            for (Finding finding : report.findings()) {
                perRule.merge(finding.ruleId(), 1, Integer::sum);
                if (finding.severity() == Severity.ERROR) {
                    out.println(finding.location() + ": " + finding.message() + " [" + finding.ruleId() + "]");
                    report.excerpt(finding).forEach(line -> out.println("    | " + line));
                }
            }
            out.println();
            perRule.forEach((rule, count) -> out.println(count + "\t" + rule + "\t"
                    + report.rule(rule).map(r -> r.title()).orElse("")));
            out.println(report.findings().size() + " findings, " + report.counts().get(Severity.ERROR)
                    + " errors, in " + report.filesScanned() + " files (" + report.policyName() + ")");
            // Any report format is one call away.
            String sarif = ReportFormat.SARIF.writer(false).render(report);
            out.println("SARIF report: " + sarif.length() + " characters");
            return report.hasFindingsAtOrAbove(Severity.ERROR) ? 1 : 0;
        } catch (PolicyException e) {
            err.println("the policy has " + e.problems().size() + " problem(s):");
            for (PolicyProblem problem : e.problems()) {
                err.println("  " + problem);
            }
            return 2;
        } catch (GuidepostException e) {
            err.println("cannot check: " + e.getMessage());
            return 2;
        }
    }
}
