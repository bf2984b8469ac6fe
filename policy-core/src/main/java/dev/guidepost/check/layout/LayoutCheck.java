package dev.guidepost.check.layout;

import dev.guidepost.check.source.SourceLanguage;
import dev.guidepost.check.source.SourceRule;
import dev.guidepost.check.source.SourceRuleCompiler;
import dev.guidepost.check.source.SyntaxTree;
import dev.guidepost.check.source.TreeSitterParser;
import dev.guidepost.engine.Check;
import dev.guidepost.engine.Parser;
import dev.guidepost.engine.Prefilter;
import dev.guidepost.engine.CompileContext;
import dev.guidepost.engine.RuleLogic;
import dev.guidepost.policy.Option;
import dev.guidepost.policy.OptionReader;
import dev.guidepost.policy.Options;
import dev.guidepost.policy.Problems;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.YamlNode;
import dev.guidepost.unit.ForEach;
import dev.guidepost.unit.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code layout} target: where things must (not) exist and where definitions must live, per
 * repository, project or Django app. See {@code docs/dsl-layout.md} for the rule language.
 */
public final class LayoutCheck implements Check {

    static final Option<UnitKind> FOR_EACH = ForEach.option(List.of(UnitKind.REPO, UnitKind.DJANGO_PROJECT,
            UnitKind.DJANGO_APP, UnitKind.NODE, UnitKind.MAVEN, UnitKind.GO, UnitKind.PYTHON), UnitKind.REPO,
            "the units the rule runs for (see [Units and placeholders](#units-and-placeholders))");
    static final Option<YamlNode> WHEN = Option.node("when", "a condition",
            "the rule runs for a unit only when the condition holds");
    static final Option<YamlNode> REQUIRE = Option.node("require", "glob, entry, or a list of them",
            "each must match at least one file or folder");
    static final Option<YamlNode> FORBID = Option.node("forbid", "glob, entry, or a list of them",
            "every matching file or folder is reported");
    static final Option<YamlNode> ENSURE = Option.node("ensure", "a condition",
            "reported on the unit folder when the condition does not hold");
    static final Option<YamlNode> MUST_LIVE_IN = Option.node("must-live-in", "placement or list of placements",
            "definitions found in Python source must sit in the given files (see [Placements](#placements-must-live-in))");
    static final Options OPTIONS = Options.of(FOR_EACH, WHEN, REQUIRE, FORBID, ENSURE, MUST_LIVE_IN);
    private static final Set<String> ENTRY_KEYS = Set.of("path", "any", "when", "message");
    private static final Set<String> PLACEMENT_KEYS = Set.of("find", "classes", "functions", "calls", "in", "message");

    @Override
    public String target() {
        return "layout";
    }

    @Override
    public Options options() {
        return OPTIONS;
    }

    @Override
    public RuleLogic compile(RuleDefinition rule, CompileContext context) {
        OptionReader options = context.options();
        Problems problems = context.problems();
        int before = problems.size();
        Optional<UnitKind> forEach = FOR_EACH.read(options);
        if (forEach.isEmpty()) {
            return null;
        }
        Set<String> placeholders = forEach.get().placeholders();
        ConditionReader conditions = new ConditionReader(placeholders, problems);
        Condition when = WHEN.read(options).flatMap(conditions::read).orElse(Condition.ALWAYS);
        Optional<Condition> ensure = ENSURE.read(options).flatMap(conditions::read);
        List<PathRule> require = pathRules(options, REQUIRE, placeholders, conditions, problems);
        List<PathRule> forbid = pathRules(options, FORBID, placeholders, conditions, problems);
        List<Placement> placements = placements(options, placeholders, problems);
        if (require.isEmpty() && forbid.isEmpty() && ensure.isEmpty() && placements.isEmpty()
                && problems.size() == before) {
            problems.add(rule.position(), "a layout rule needs at least one of 'require', 'forbid', 'ensure' or"
                    + " 'must-live-in'");
        }
        if (problems.size() != before) {
            return null;
        }
        return new LayoutLogic(rule.message(), forEach.get(), when, require, forbid, ensure, placements);
    }

    private static List<PathRule> pathRules(OptionReader options, Option<YamlNode> option, Set<String> placeholders,
            ConditionReader conditions, Problems problems) {
        List<PathRule> rules = new ArrayList<>();
        String key = option.key();
        Optional<YamlNode> node = option.read(options);
        if (node.isEmpty()) {
            return rules;
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node.get());
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                PathTemplate.compile(scalar.text(), placeholders, scalar.position(), problems)
                        .ifPresent(t -> rules.add(new PathRule(List.of(t), Condition.ALWAYS, Optional.empty())));
            } else if (item instanceof YamlNode.Mapping mapping) {
                OptionReader entry = new OptionReader(mapping, problems);
                entry.allowOnly(ENTRY_KEYS, "an entry of '" + key + "'");
                if (entry.has("path") == entry.has("any")) {
                    problems.add(mapping.position(), "an entry of '" + key + "' needs exactly one of 'path' (a glob)"
                            + " and 'any' (a list of alternative globs)");
                    continue;
                }
                List<PathTemplate> paths = new ArrayList<>();
                for (YamlNode.Scalar scalar : entry.scalars(entry.has("path") ? "path" : "any")) {
                    PathTemplate.compile(scalar.text(), placeholders, scalar.position(), problems).ifPresent(paths::add);
                }
                Condition when = entry.node("when").flatMap(conditions::read).orElse(Condition.ALWAYS);
                if (!paths.isEmpty()) {
                    rules.add(new PathRule(paths, when, entry.string("message")));
                }
            } else {
                problems.add(item.position(), "expected a glob or a mapping with 'path' or 'any' in '" + key
                        + "', found " + item.describe());
            }
        }
        return rules;
    }

    private static List<Placement> placements(OptionReader options, Set<String> placeholders, Problems problems) {
        List<Placement> placements = new ArrayList<>();
        Optional<YamlNode> node = MUST_LIVE_IN.read(options);
        if (node.isEmpty()) {
            return placements;
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node.get());
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Mapping mapping)) {
                problems.add(item.position(), "expected a mapping with a finder (classes, functions, calls or find)"
                        + " and 'in' in 'must-live-in', found " + item.describe());
                continue;
            }
            OptionReader entry = new OptionReader(mapping, problems);
            entry.allowOnly(PLACEMENT_KEYS, "an entry of 'must-live-in'");
            List<String> finders = mapping.entries().keySet().stream()
                    .filter(k -> Set.of("find", "classes", "functions", "calls").contains(k)).toList();
            if (finders.size() != 1) {
                problems.add(mapping.position(), "an entry of 'must-live-in' needs exactly one of 'classes',"
                        + " 'functions', 'calls' and 'find'" + (finders.isEmpty() ? "" : ", found " + finders));
                continue;
            }
            Optional<Placement.Finder> finder = finder(finders.get(0), entry, problems);
            List<PathTemplate> allowed = new ArrayList<>();
            if (!entry.has("in")) {
                problems.add(mapping.position(), "an entry of 'must-live-in' needs 'in': the glob(s) of the files"
                        + " where such definitions belong");
            }
            for (YamlNode.Scalar scalar : entry.scalars("in")) {
                PathTemplate.compile(scalar.text(), placeholders, scalar.position(), problems).ifPresent(allowed::add);
            }
            if (finder.isPresent() && !allowed.isEmpty()) {
                YamlNode.Mapping body = body(finder.get(), mapping.entries().get(finders.get(0)).keyPosition());
                SourceRule rule = SourceRuleCompiler.compile(body, SourceLanguage.PYTHON, problems);
                if (rule != null) {
                    Parser<SyntaxTree> parser = rule.nativeQueries().isEmpty() ? LayoutLogic.PYTHON_TREES
                            : (file, text, worker) -> worker.get(TreeSitterParser.class, TreeSitterParser::new)
                                    .parse(text, SourceLanguage.PYTHON, rule.nativeQueries());
                    placements.add(new Placement(finder.get(), rule, parser, words(finder.get(), rule), allowed,
                            entry.string("message")));
                }
            }
        }
        return placements;
    }

    private static YamlNode.Mapping body(Placement.Finder finder, dev.guidepost.policy.SourcePosition at) {
        if (finder instanceof Placement.ClassesExtending c) {
            return FinderBody.classesExtending(c.base().pattern(), at);
        }
        if (finder instanceof Placement.FunctionsDecoratedWith f) {
            return FinderBody.functionsDecoratedWith(f.decorator().pattern(), at);
        }
        if (finder instanceof Placement.Calls c) {
            return FinderBody.calls(c.callee().pattern(), at);
        }
        return ((Placement.SourcePattern) finder).body();
    }

    /** The prefilter: the matcher's own, else literal words of a typed form's regex. */
    private static Prefilter words(Placement.Finder finder, SourceRule rule) {
        if (!(rule.prefilter() instanceof Prefilter.Always)) {
            return rule.prefilter();
        }
        String regex = null;
        if (finder instanceof Placement.ClassesExtending c) {
            regex = c.base().pattern();
        } else if (finder instanceof Placement.FunctionsDecoratedWith f) {
            regex = f.decorator().pattern();
        } else if (finder instanceof Placement.Calls c) {
            regex = c.callee().pattern();
        }
        return Prefilter.anyWord(regex == null ? Set.of() : RegexWords.of(regex).orElse(Set.of()), false);
    }

    private static Optional<Placement.Finder> finder(String key, OptionReader entry, Problems problems) {
        switch (key) {
            case "classes" -> {
                return entry.mapping("classes").flatMap(m -> {
                    OptionReader typed = new OptionReader(m, problems);
                    typed.allowOnly(Set.of("extends"), "'classes'");
                    if (!typed.has("extends")) {
                        problems.add(m.position(), "'classes' needs 'extends': a regex on base class names");
                    }
                    return typed.regex("extends").map(Placement.ClassesExtending::new);
                });
            }
            case "functions" -> {
                return entry.mapping("functions").flatMap(m -> {
                    OptionReader typed = new OptionReader(m, problems);
                    typed.allowOnly(Set.of("decorated-with"), "'functions'");
                    if (!typed.has("decorated-with")) {
                        problems.add(m.position(), "'functions' needs 'decorated-with': a regex on decorator names");
                    }
                    return typed.regex("decorated-with").map(Placement.FunctionsDecoratedWith::new);
                });
            }
            case "calls" -> {
                return entry.regex("calls").map(Placement.Calls::new);
            }
            default -> {
                return entry.mapping("find").map(Placement.SourcePattern::new);
            }
        }
    }
}
