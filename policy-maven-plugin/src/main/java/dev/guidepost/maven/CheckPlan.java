package dev.guidepost.maven;

import dev.guidepost.CheckRequest;
import dev.guidepost.FixMode;
import dev.guidepost.policy.Severity;
import dev.guidepost.policy.Suggestion;
import dev.guidepost.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * A validated run of the goal: the library request plus what the plugin does with the report.
 * Built from {@link GoalParameters} by a pure function, so the mapping is testable without Maven.
 *
 * @param root the folder checked (the repository root or the module's base directory)
 * @param request what the library is asked to check
 * @param failOn the least severe finding that fails the build; empty: never fail on findings
 * @param formats the report files to write, in this order, without duplicates
 * @param outputDirectory where the report files go
 * @param consoleOutput whether findings are logged through Maven's logger
 * @param scope what the root was derived from
 */
public record CheckPlan(Path root, CheckRequest request, Optional<Severity> failOn, List<ReportFormat> formats,
        Path outputDirectory, boolean consoleOutput, Scope scope) {

    /**
     * The formats written when the pom names none: text for people, json for tools, sarif for
     * code-scanning services. A name the library does not offer (yet) is left out.
     */
    public static final List<String> DEFAULT_FORMATS = List.of("text", "json", "sarif");

    /** The value of {@code failOn} that never fails the build on findings. */
    public static final String NEVER = "never";

    public CheckPlan {
        formats = List.copyOf(formats);
    }

    /**
     * Validates the parameters and maps them onto a plan.
     *
     * @throws MojoExecutionException listing every invalid parameter, one per line
     */
    public static CheckPlan of(GoalParameters parameters) throws MojoExecutionException {
        List<String> problems = new ArrayList<>();
        Scope scope = scope(parameters.scope(), problems);
        Optional<Severity> failOn = failOn(parameters.failOn(), problems);
        List<ReportFormat> formats = formats(parameters.formats(), problems);
        Path module = parameters.moduleDirectory().toAbsolutePath().normalize();
        Path userSettings = userSettings(parameters.userSettings(), module, problems);
        if (!problems.isEmpty()) {
            throw new MojoExecutionException("Invalid Guidepost configuration:\n" + String.join("\n", problems));
        }
        Path root = scope == Scope.MODULE ? module : RepositoryRoot.of(module, parameters.executionRoot());
        CheckRequest request = CheckRequest.of(root)
                .withWorkingDirectory(module)
                .withPolicy(blankToNull(parameters.policy()))
                .withIncludes(globs(parameters.includes()))
                .withExcludes(globs(parameters.excludes()))
                .withBaseline(resolve(module, parameters.baseline()))
                .withUserSettings(userSettings)
                .withChangedSince(blankToNull(parameters.changedSince()))
                .withCache(parameters.cacheDirectory() == null ? null
                        : module.resolve(parameters.cacheDirectory()).toAbsolutePath().normalize());
        Path output = module.resolve(parameters.outputDirectory()).normalize();
        return new CheckPlan(root, request, failOn, formats, output, parameters.consoleOutput(), scope);
    }

    /** The check of this plan, as {@link GoalTask} carries it out. */
    public GoalJob checkJob() {
        return new GoalJob(Optional.empty(), request, failOn, formats, outputDirectory, consoleOutput, Optional.empty());
    }

    /** The fix of this plan (no report files, nothing logged per finding). */
    public GoalJob fixJob(FixMode mode) {
        return new GoalJob(Optional.of(mode), request, Optional.empty(), List.of(), outputDirectory, false,
                Optional.empty());
    }

    /** The user settings file resolved against the module; a problem when it is not a file. */
    private static Path userSettings(Path file, Path module, List<String> problems) {
        Path resolved = resolve(module, file);
        if (resolved != null && !Files.isRegularFile(resolved)) {
            problems.add("userSettings: " + (Files.isDirectory(resolved) ? resolved + " is a folder, not a file"
                    : "no such file " + resolved) + "; expected the Claude Code user settings file, e.g. "
                    + "${user.home}/.claude/settings.json, or no userSettings at all");
        }
        return resolved;
    }

    private static Path resolve(Path module, Path file) {
        return file == null ? null : module.resolve(file).normalize();
    }

    private static Scope scope(String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            return Scope.REPOSITORY;
        }
        Optional<Scope> scope = Scope.parse(text);
        if (scope.isEmpty()) {
            List<String> names = Arrays.stream(Scope.values()).map(Scope::label).toList();
            problems.add("scope: unknown value '" + text.trim() + "'" + Suggestion.likelyHint(text.trim(), names)
                    + "; expected " + String.join(" or ", names));
        }
        return scope.orElse(Scope.REPOSITORY);
    }

    private static Optional<Severity> failOn(String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            return Optional.of(Severity.ERROR);
        }
        if (text.trim().toLowerCase(Locale.ROOT).equals(NEVER)) {
            return Optional.empty();
        }
        Optional<Severity> severity = Severity.parse(text);
        if (severity.isEmpty()) {
            List<String> names = new ArrayList<>(Arrays.stream(Severity.values()).map(Severity::label).toList());
            names.add(NEVER);
            problems.add("failOn: unknown value '" + text.trim() + "'" + Suggestion.likelyHint(text.trim(), names)
                    + "; expected one of " + String.join(", ", names));
        }
        return severity;
    }

    private static List<ReportFormat> formats(List<String> names, List<String> problems) {
        List<String> given = split(names);
        if (given.isEmpty()) {
            return DEFAULT_FORMATS.stream().map(ReportFormat::parse).flatMap(Optional::stream).toList();
        }
        Set<ReportFormat> formats = new LinkedHashSet<>();
        List<String> known = Arrays.stream(ReportFormat.values()).map(ReportFormat::label).toList();
        for (String name : given) {
            Optional<ReportFormat> format = ReportFormat.parse(name);
            if (format.isPresent()) {
                formats.add(format.get());
            } else {
                problems.add("formats: unknown report format '" + name + "'" + Suggestion.likelyHint(name, known)
                        + "; expected one of " + ReportFormat.labels());
            }
        }
        return List.copyOf(formats);
    }

    /** Globs are not split on commas: a comma may be part of a {@code {a,b}} alternative. */
    private static List<String> globs(List<String> globs) {
        return globs.stream().filter(g -> g != null && !g.isBlank()).map(String::trim).toList();
    }

    /** Accepts both list elements and comma-separated values, as a user property gives them. */
    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
