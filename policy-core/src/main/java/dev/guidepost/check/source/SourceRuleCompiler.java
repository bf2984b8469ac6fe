package dev.guidepost.check.source;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.guidepost.engine.NodeRegexFilter;
import dev.guidepost.engine.Prefilter;
import dev.guidepost.policy.Problems;
import dev.guidepost.policy.Suggestion;
import dev.guidepost.policy.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles the body of a {@code target: source} rule (the mapping under {@code match:}) into a
 * {@link SourceRule}, reporting every mistake to {@link Problems} with its place in the policy.
 *
 * <p>Keys of a rule mapping: atomic {@code pattern} (a code snippet, or {@code {context, selector}}),
 * {@code kind}, {@code regex}, {@code query}; relational {@code has}, {@code inside}, {@code follows},
 * {@code precedes} (each a rule mapping that may also hold {@code field} and {@code stopBy:
 * neighbor|end|<rule>}; default {@code neighbor}); composite {@code all}, {@code any} (lists of rules),
 * {@code not}; {@code matches} (a utility rule by name); and {@code where} (alias {@code constraints}): metavariable name to rule. Several
 * keys in one mapping must all match (evaluated in the order kind, regex, pattern, query, all, any,
 * has, inside, follows, precedes, matches, not, where, so that bindings exist before they are used).
 * Uses natives (tree-sitter) to parse patterns; call it on any thread.
 */
public final class SourceRuleCompiler {

    private static final List<String> OPERATORS = List.of("kind", "regex", "pattern", "query", "all", "any", "has",
            "inside", "follows", "precedes", "matches", "facts", "not", "where", "constraints");
    /** The operators named in error messages (where and its alias constraints left out). */
    private static final List<String> RULE_KEYS = OPERATORS.subList(0, 13);
    private static final List<String> RELATIONAL_OPTIONS = List.of("field", "stopBy");

    private final SourceLanguage language;
    private final Problems problems;
    private final List<NativeQuery> queries = new ArrayList<>();
    private final Map<String, YamlNode> utilBodies;
    private final UtilityRules utilities = new UtilityRules();
    /** Utility rules compiled so far, by name (null: the body has mistakes). */
    private final Map<String, Part> compiledUtilities = new HashMap<>();
    /** The utility rules being compiled, outermost first. */
    private final List<String> compiling = new ArrayList<>();
    /** Utility rules whose prefilter assumed that another one, being compiled around them, never matches. */
    private final Set<String> cyclic = new HashSet<>();
    private dev.guidepost.facts.ProjectFacts.Demand demand = dev.guidepost.facts.ProjectFacts.Demand.NONE;
    private TreeSitterParser parser;
    private Set<String> kinds;
    private Set<String> fields;

    private SourceRuleCompiler(SourceLanguage language, Map<String, YamlNode> utilBodies, Problems problems) {
        this.language = language;
        this.utilBodies = utilBodies;
        this.problems = problems;
    }

    /**
     * Compiles a rule body for the language named {@code languageName}; returns null (with problems
     * added) when the body or the language is invalid.
     */
    public static SourceRule compile(YamlNode.Mapping body, String languageName, Problems problems) {
        var language = SourceLanguage.byName(languageName);
        if (language.isEmpty()) {
            problems.add(body.position(), Suggestion.unknown("language", languageName, SourceLanguage.names()));
            return null;
        }
        return compile(body, language.get(), problems);
    }

    /** Compiles a rule body for {@code language}; returns null (with problems added) when it is invalid. */
    public static SourceRule compile(YamlNode.Mapping body, SourceLanguage language, Problems problems) {
        return compile(body, null, language, problems);
    }

    /**
     * Compiles a rule body with its utility rules ({@code utils}: name to rule body, null for none),
     * which the body and the utility rules themselves refer to with {@code matches: name}.
     */
    public static SourceRule compile(YamlNode.Mapping body, YamlNode.Mapping utils, SourceLanguage language,
            Problems problems) {
        int before = problems.size();
        Map<String, YamlNode> utilBodies = new LinkedHashMap<>();
        if (utils != null) {
            for (YamlNode.Entry entry : utils.entries().values()) {
                if (!entry.key().matches("[A-Za-z_][A-Za-z0-9_-]*")) {
                    problems.add(entry.keyPosition(), "'" + entry.key()
                            + "' is not a utility rule name (letters, digits, '-' and '_')");
                } else {
                    utilBodies.put(entry.key(), entry.value());
                }
            }
        }
        SourceRuleCompiler compiler = new SourceRuleCompiler(language, utilBodies, problems);
        try {
            Part part = compiler.rule(body, false);
            for (String name : utilBodies.keySet()) {
                compiler.utility(name); // the ones nothing called: checked all the same
            }
            if (part == null || problems.size() > before) {
                return null;
            }
            Prefilter filter = part.filter instanceof Prefilter.Never ? Prefilter.always() : part.filter;
            return new SourceRule(language, part.matcher, filter, part.kinds, part.parent, compiler.queries,
                    compiler.demand);
        } finally {
            if (compiler.parser != null) {
                compiler.parser.close();
            }
        }
    }

    /**
     * A compiled operator with what the file prefilter and candidate selection know about it: a
     * prefilter every file holding a match passes, and the kinds a matching node can have (null: any).
     */
    private record Part(RuleMatcher matcher, Prefilter filter, Set<String> kinds, SourceRule.Parent parent) {

        /** A part that says nothing of a matching node's parent. */
        Part(RuleMatcher matcher, Prefilter filter, Set<String> kinds) {
            this(matcher, filter, kinds, null);
        }
    }

    private Part rule(YamlNode node, boolean relational) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(node.position(), "expected a rule (a mapping with " + String.join(", ", RULE_KEYS)
                    + "), found " + node.describe());
            return null;
        }
        List<String> allowed = new ArrayList<>(OPERATORS);
        if (relational) {
            allowed.addAll(RELATIONAL_OPTIONS);
        }
        boolean valid = true;
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                String hint = entry.key().equals("utils")
                        ? " ('utils' belongs beside 'match:', at the rule's level)"
                        : Suggestion.hint(entry.key(), allowed);
                problems.add(entry.keyPosition(), "unknown rule key '" + entry.key() + "'" + hint
                        + (RELATIONAL_OPTIONS.contains(entry.key()) ? ": only inside has/inside/follows/precedes" : ""));
                valid = false;
            }
        }
        List<Part> parts = new ArrayList<>();
        for (String key : OPERATORS) {
            YamlNode.Entry entry = mapping.entries().get(key);
            if (entry != null) {
                Part part = operator(key, entry.value());
                if (part == null) {
                    valid = false;
                } else {
                    parts.add(part);
                }
            }
        }
        if (parts.isEmpty() && valid) {
            problems.add(mapping.position(), "empty rule: expected at least one of " + String.join(", ",
                    OPERATORS.subList(0, 12)));
            return null;
        }
        return valid ? withClassFacts(all(earlyWhere(parts)), parts) : null;
    }

    /**
     * A mapping whose node is a class definition and that asks {@code facts:} of it matches only in a
     * file that defines a class those facts hold for: its prefilter also asks the facts
     * ({@link Prefilter#classFacts}, answered once the run's facts are known).
     */
    private static Part withClassFacts(Part whole, List<Part> parts) {
        if (whole.kinds == null || !whole.kinds.equals(Set.of("class_definition"))) {
            return whole;
        }
        List<Prefilter> filters = new ArrayList<>(List.of(whole.filter));
        for (Part part : parts) {
            if (part.matcher instanceof RuleMatcher.Facts facts) {
                filters.add(Prefilter.classFacts(facts.tests()));
            }
        }
        return filters.size() == 1 ? whole : new Part(whole.matcher, Prefilter.all(filters), whole.kinds, whole.parent);
    }

    /**
     * Moves a mapping's {@code where} (last in key order) to just after its {@code pattern} when that
     * cannot change the result: every constrained metavariable is bound by the pattern (and so keeps
     * that binding: a bound name is only compared later), the constraints bind nothing, and nothing in
     * between runs a native query (whose captures bind without comparing). The constraints are then
     * tested before the costly relational parts instead of after them.
     */
    private static List<Part> earlyWhere(List<Part> parts) {
        int patternAt = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).matcher instanceof RuleMatcher.PatternMatcher) {
                patternAt = i;
            }
        }
        int whereAt = parts.size() - 1;
        if (patternAt < 0 || whereAt <= patternAt + 1
                || !(parts.get(whereAt).matcher instanceof RuleMatcher.Where where)) {
            return parts;
        }
        Set<String> bound = ((RuleMatcher.PatternMatcher) parts.get(patternAt).matcher).pattern().bindings();
        if (!bound.containsAll(where.constraints().keySet())
                || where.constraints().values().stream().anyMatch(SourceRuleCompiler::mayBind)) {
            return parts;
        }
        for (int i = patternAt + 1; i < whereAt; i++) {
            if (runsQuery(parts.get(i).matcher)) {
                return parts;
            }
        }
        List<Part> reordered = new ArrayList<>(parts.subList(0, patternAt + 1));
        reordered.add(parts.get(whereAt));
        reordered.addAll(parts.subList(patternAt + 1, whereAt));
        return reordered;
    }

    /** Whether a matcher may add a binding (conservatively: whether it holds a pattern or a native query). */
    private static boolean mayBind(RuleMatcher matcher) {
        if (matcher instanceof RuleMatcher.PatternMatcher || matcher instanceof RuleMatcher.QueryMatcher) {
            return true;
        }
        return !(matcher instanceof RuleMatcher.Not)
                && children(matcher).stream().anyMatch(SourceRuleCompiler::mayBind);
    }

    private static boolean runsQuery(RuleMatcher matcher) {
        return matcher instanceof RuleMatcher.QueryMatcher
                || children(matcher).stream().anyMatch(SourceRuleCompiler::runsQuery);
    }

    /** The operators directly inside a matcher, a relation's stop rule included. */
    private static List<RuleMatcher> children(RuleMatcher matcher) {
        List<RuleMatcher> children = new ArrayList<>();
        if (matcher instanceof RuleMatcher.All all) {
            children.addAll(all.parts());
        } else if (matcher instanceof RuleMatcher.Any any) {
            children.addAll(any.parts());
        } else if (matcher instanceof RuleMatcher.Not not) {
            children.add(not.part());
        } else if (matcher instanceof RuleMatcher.Where where) {
            children.addAll(where.constraints().values());
        } else if (matcher instanceof RuleMatcher.Has has) {
            children.add(has.inner());
            stopRule(has.stopBy(), children);
        } else if (matcher instanceof RuleMatcher.Inside inside) {
            children.add(inside.inner());
            stopRule(inside.stopBy(), children);
        } else if (matcher instanceof RuleMatcher.Sibling sibling) {
            children.add(sibling.inner());
            stopRule(sibling.stopBy(), children);
        }
        return children;
    }

    private static void stopRule(RuleMatcher.StopBy stopBy, List<RuleMatcher> into) {
        if (stopBy instanceof RuleMatcher.StopBy.Until until) {
            into.add(until.rule());
        }
    }

    private Part operator(String key, YamlNode value) {
        return switch (key) {
            case "kind" -> kind(value);
            case "regex" -> regex(value);
            case "pattern" -> pattern(value);
            case "query" -> query(value);
            case "all", "any" -> composite(key, value);
            case "not" -> {
                Part inner = rule(value, false);
                yield inner == null ? null : new Part(new RuleMatcher.Not(inner.matcher), Prefilter.always(), null);
            }
            case "has", "inside", "follows", "precedes" -> relation(key, value);
            case "matches" -> matches(value);
            case "facts" -> facts(value);
            default -> where(value);
        };
    }

    private static Part all(List<Part> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<Prefilter> filters = new ArrayList<>();
        Set<String> kinds = null;
        SourceRule.Parent parent = null;
        for (Part part : parts) {
            filters.add(part.filter);
            if (parent == null) {
                parent = part.parent; // every part holds of a match: any one's parent will do
            }
            if (part.kinds != null) {
                if (kinds == null) {
                    kinds = new HashSet<>(part.kinds);
                } else {
                    kinds.retainAll(part.kinds);
                }
            }
        }
        return new Part(new RuleMatcher.All(TestOrder.cheapFirst(parts.stream().map(Part::matcher).toList())),
                Prefilter.all(filters), kinds, parent);
    }

    private Part composite(String key, YamlNode value) {
        if (!(value instanceof YamlNode.Sequence sequence) || sequence.items().isEmpty()) {
            problems.add(value.position(), "'" + key + "' expects a non-empty list of rules, found " + value.describe());
            return null;
        }
        List<Part> parts = new ArrayList<>();
        boolean valid = true;
        for (YamlNode item : sequence.items()) {
            Part part = rule(item, false);
            if (part == null) {
                valid = false;
            } else {
                parts.add(part);
            }
        }
        if (!valid) {
            return null;
        }
        if (key.equals("all")) {
            return all(parts);
        }
        List<Prefilter> filters = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        for (Part part : parts) {
            filters.add(part.filter);
            if (kinds != null && part.kinds == null) {
                kinds = null;
            } else if (kinds != null) {
                kinds.addAll(part.kinds);
            }
        }
        return new Part(new RuleMatcher.Any(parts.stream().map(Part::matcher).toList()),
                Prefilter.any(filters), kinds);
    }

    private Part relation(String key, YamlNode value) {
        Part inner = rule(value, true);
        if (inner == null) {
            return null;
        }
        YamlNode.Mapping mapping = (YamlNode.Mapping) value;
        String field = null;
        if (mapping.has("field")) {
            field = scalar(mapping.get("field").orElseThrow(), "field");
            if (field == null) {
                return null;
            }
            if (key.equals("follows") || key.equals("precedes")) {
                problems.add(mapping.entries().get("field").keyPosition(), "'field' is only allowed in has and inside");
                return null;
            }
            if (!fields().contains(field)) {
                problems.add(mapping.get("field").orElseThrow().position(), "unknown " + language.id() + " field '"
                        + field + "'" + Suggestion.hint(field, fields()));
                return null;
            }
        }
        RuleMatcher.StopBy stopBy = new RuleMatcher.StopBy.Neighbor();
        if (mapping.has("stopBy")) {
            YamlNode stop = mapping.get("stopBy").orElseThrow();
            if (stop instanceof YamlNode.Scalar scalar && scalar.text().equals("neighbor")) {
                stopBy = new RuleMatcher.StopBy.Neighbor();
            } else if (stop instanceof YamlNode.Scalar scalar && scalar.text().equals("end")) {
                stopBy = new RuleMatcher.StopBy.End();
            } else if (stop instanceof YamlNode.Mapping) {
                Part until = rule(stop, false);
                if (until == null) {
                    return null;
                }
                stopBy = new RuleMatcher.StopBy.Until(until.matcher);
            } else {
                problems.add(stop.position(), "'stopBy' expects neighbor, end or a rule, found "
                        + (stop instanceof YamlNode.Scalar s ? "'" + s.text() + "'" : stop.describe()));
                return null;
            }
        }
        RuleMatcher matcher = switch (key) {
            case "has" -> new RuleMatcher.Has(inner.matcher, field, stopBy, inner.kinds);
            case "inside" -> new RuleMatcher.Inside(inner.matcher, field, stopBy);
            case "follows" -> new RuleMatcher.Sibling(inner.matcher, false, stopBy);
            default -> new RuleMatcher.Sibling(inner.matcher, true, stopBy);
        };
        if (!(stopBy instanceof RuleMatcher.StopBy.Neighbor) && !key.equals("inside") && RuleMatcher.Memo.pure(matcher)) {
            matcher = new RuleMatcher.Memo(matcher);
        }
        // inside the parent itself: a matching node is a child (in that field) of a node of the inner rule's kinds
        SourceRule.Parent parent = key.equals("inside") && stopBy instanceof RuleMatcher.StopBy.Neighbor
                && inner.kinds != null ? new SourceRule.Parent(inner.kinds, field) : null;
        return new Part(matcher, inner.filter, null, parent);
    }

    /**
     * Compiles a utility rule the first time it is called (or at the end, when nothing calls it) and
     * returns the file prefilter a call of it contributes.
     *
     * <p>A call of a utility rule from inside its own body (directly or through others) contributes
     * {@link Prefilter#never()} there. That is sound: of the calls that succeed in one file, take the
     * innermost one; it succeeded without any recursive call succeeding in a required part, so its
     * file holds what the body asks for with those calls left out. A utility rule in the middle of
     * such a cycle has a prefilter that holds only inside the cycle's outermost one, so a call of it
     * from elsewhere contributes no prefilter ({@link Prefilter#always()}).
     */
    private Prefilter utility(String name) {
        int open = compiling.indexOf(name);
        if (open >= 0) {
            cyclic.addAll(compiling.subList(open + 1, compiling.size()));
            return Prefilter.never();
        }
        if (!compiledUtilities.containsKey(name)) {
            compiling.add(name);
            Part compiled = rule(utilBodies.get(name), false);
            compiling.remove(compiling.size() - 1);
            compiledUtilities.put(name, compiled);
            if (compiled != null) {
                utilities.define(name, compiled.matcher);
            }
            return compiled == null ? Prefilter.always() : compiled.filter;
        }
        Part compiled = compiledUtilities.get(name);
        return compiled == null || cyclic.contains(name) ? Prefilter.always() : compiled.filter;
    }

    private Part matches(YamlNode value) {
        String name = scalar(value, "matches");
        if (name == null) {
            return null;
        }
        if (!utilBodies.containsKey(name)) {
            problems.add(value.position(), "unknown utility rule '" + name + "'" + (utilBodies.isEmpty()
                    ? ": define it under 'utils:' beside 'match:'"
                    : ", expected one of " + utilBodies.keySet() + Suggestion.hint(name, utilBodies.keySet())));
            return null;
        }
        Prefilter filter = utility(name);
        return new Part(new RuleMatcher.Matches(name, utilities), filter, utilityKinds(name));
    }

    /**
     * The kinds a node matching the utility rule {@code name} can have, as for any rule's root: a
     * {@code matches} call then narrows the candidates the same way (null: any kind, and always
     * while the utility is still being compiled or takes part in a cycle of calls).
     */
    private Set<String> utilityKinds(String name) {
        Part compiled = compiledUtilities.get(name);
        return compiled == null || cyclic.contains(name) || compiling.contains(name) ? null : compiled.kinds;
    }

    /**
     * {@code facts:}: questions about the project class the node names (a class definition's name,
     * or the node's text when it is a dotted name), answered from {@link dev.guidepost.facts.ProjectFacts}.
     */
    private Part facts(YamlNode value) {
        List<dev.guidepost.facts.FactTest> tests = factTests(value);
        return tests == null ? null : new Part(new RuleMatcher.Facts(tests), Prefilter.always(), null);
    }

    private List<dev.guidepost.facts.FactTest> factTests(YamlNode value) {
        if (!(value instanceof YamlNode.Mapping mapping)) {
            problems.add(value.position(), "'facts' expects a mapping of " + String.join(", ",
                    dev.guidepost.facts.FactTest.KEYS) + ", found " + value.describe());
            return null;
        }
        demand = demand.and(new dev.guidepost.facts.ProjectFacts.Demand(true, Set.of()));
        List<dev.guidepost.facts.FactTest> tests = new ArrayList<>();
        boolean valid = true;
        for (YamlNode.Entry entry : mapping.entries().values()) {
            dev.guidepost.facts.FactTest test = factTest(entry);
            if (test == null) {
                valid = false;
            } else {
                tests.add(test);
            }
        }
        return valid ? tests : null;
    }

    private dev.guidepost.facts.FactTest factTest(YamlNode.Entry entry) {
        YamlNode value = entry.value();
        switch (entry.key()) {
            case "has-relations", "renders-relations", "subclassed" -> {
                if (!(value instanceof YamlNode.Scalar scalar) || !scalar.text().equals("true")) {
                    problems.add(value.position(), "'" + entry.key() + "' takes 'true' (write 'not: {facts: …}' for"
                            + " the opposite), found " + value.describe());
                    return null;
                }
                return switch (entry.key()) {
                    case "has-relations" -> new dev.guidepost.facts.FactTest.HasRelations();
                    case "subclassed" -> new dev.guidepost.facts.FactTest.Subclassed();
                    default -> new dev.guidepost.facts.FactTest.RendersRelations();
                };
            }
            case "extends", "external-bases", "sets", "defines", "mentions", "routes" -> {
                String text = scalar(value, entry.key());
                if (text == null) {
                    return null;
                }
                Pattern regex;
                try {
                    regex = dev.guidepost.policy.PolicyRegex.compile(text);
                } catch (PatternSyntaxException e) {
                    problems.add(value.position(), "invalid regular expression in '" + entry.key() + "': "
                            + e.getDescription());
                    return null;
                }
                return switch (entry.key()) {
                    case "extends" -> new dev.guidepost.facts.FactTest.Extends(regex);
                    case "external-bases" -> new dev.guidepost.facts.FactTest.ExternalBases(regex);
                    case "sets" -> new dev.guidepost.facts.FactTest.Sets(regex);
                    case "defines" -> new dev.guidepost.facts.FactTest.Defines(regex);
                    case "routes" -> new dev.guidepost.facts.FactTest.Routes(regex);
                    default -> {
                        demand = demand.and(new dev.guidepost.facts.ProjectFacts.Demand(true, Set.of(text)));
                        yield new dev.guidepost.facts.FactTest.Mentions(text);
                    }
                };
            }
            case "not" -> {
                List<dev.guidepost.facts.FactTest> inner = factTests(value);
                return inner == null ? null : new dev.guidepost.facts.FactTest.Not(inner);
            }
            case "ancestor" -> {
                List<dev.guidepost.facts.FactTest> inner = factTests(value);
                return inner == null ? null : new dev.guidepost.facts.FactTest.Ancestor(inner);
            }
            case "leaf" -> {
                List<dev.guidepost.facts.FactTest> inner = factTests(value);
                return inner == null ? null : new dev.guidepost.facts.FactTest.Leaf(inner);
            }
            case "attribute" -> {
                if (!(value instanceof YamlNode.Mapping mapping) || mapping.entries().size() != 1) {
                    problems.add(value.position(), "'attribute' expects one entry, an attribute name regex mapped to"
                            + " facts ({} for none), found " + value.describe());
                    return null;
                }
                YamlNode.Entry only = mapping.entries().values().iterator().next();
                Pattern name;
                try {
                    name = dev.guidepost.policy.PolicyRegex.compile(only.key());
                } catch (PatternSyntaxException e) {
                    problems.add(only.keyPosition(), "invalid regular expression in 'attribute': " + e.getDescription());
                    return null;
                }
                List<dev.guidepost.facts.FactTest> inner = only.value() instanceof YamlNode.Mapping m
                        && m.entries().isEmpty() ? List.of() : factTests(only.value());
                return inner == null ? null : new dev.guidepost.facts.FactTest.Attribute(name, inner);
            }
            default -> {
                problems.add(entry.keyPosition(), "unknown fact '" + entry.key() + "'"
                        + Suggestion.hint(entry.key(), dev.guidepost.facts.FactTest.KEYS) + "; expected one of "
                        + String.join(", ", dev.guidepost.facts.FactTest.KEYS));
                return null;
            }
        }
    }

    private Part where(YamlNode value) {
        if (!(value instanceof YamlNode.Mapping mapping) || mapping.entries().isEmpty()) {
            problems.add(value.position(), "'where' expects a mapping from metavariable names to rules, found "
                    + value.describe());
            return null;
        }
        Map<String, RuleMatcher> constraints = new LinkedHashMap<>();
        List<Prefilter> filters = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries().values()) {
            String name = entry.key().replaceFirst("^\\$+", "");
            if (!name.matches("[A-Z_][A-Z0-9_]*")) {
                problems.add(entry.keyPosition(), "'" + entry.key() + "' is not a metavariable name (upper case, like ARGS)");
                return null;
            }
            Part part = rule(entry.value(), false);
            if (part == null) {
                return null;
            }
            constraints.put(name, part.matcher);
            // A sequence binding may be empty, and then a non-regex constraint holds vacuously: only a
            // regex constraint (tested on the bound text, a substring of the file) narrows the files.
            if (part.matcher instanceof RuleMatcher.RegexMatcher) {
                filters.add(part.filter);
            }
        }
        return new Part(new RuleMatcher.Where(constraints), Prefilter.all(filters), null);
    }

    private Part kind(YamlNode value) {
        String kind = scalar(value, "kind");
        if (kind == null) {
            return null;
        }
        if (!kinds().contains(kind)) {
            problems.add(value.position(), "unknown " + language.id() + " node kind '" + kind + "'"
                    + Suggestion.hint(kind, kinds()));
            return null;
        }
        return new Part(new RuleMatcher.KindMatcher(kind), Prefilter.always(), Set.of(kind));
    }

    private Part regex(YamlNode value) {
        String text = scalar(value, "regex");
        if (text == null) {
            return null;
        }
        try {
            Pattern regex = dev.guidepost.policy.PolicyRegex.compile(text);
            return new Part(RuleMatcher.RegexMatcher.of(regex), NodeRegexFilter.of(regex), null);
        } catch (PatternSyntaxException e) {
            problems.add(value.position(), "invalid regex '" + text + "': " + e.getDescription());
            return null;
        }
    }

    private Part query(YamlNode value) {
        String text = scalar(value, "query");
        if (text == null) {
            return null;
        }
        try {
            NativeQuery query = NativeQuery.compile(text, language);
            queries.add(query);
            return new Part(new RuleMatcher.QueryMatcher(query), Prefilter.always(), null);
        } catch (IllegalArgumentException e) {
            problems.add(value.position(), e.getMessage());
            return null;
        }
    }

    private Part pattern(YamlNode value) {
        String text;
        String selector = null;
        if (value instanceof YamlNode.Mapping mapping) {
            boolean valid = true;
            for (YamlNode.Entry entry : mapping.entries().values()) {
                if (!entry.key().equals("context") && !entry.key().equals("selector")) {
                    problems.add(entry.keyPosition(), "unknown pattern key '" + entry.key() + "', expected context or selector"
                            + Suggestion.hint(entry.key(), List.of("context", "selector")));
                    valid = false;
                }
            }
            if (!mapping.has("context")) {
                problems.add(mapping.position(), "a pattern mapping needs 'context' (the code) and 'selector' (a node kind in it)");
                return null;
            }
            text = scalar(mapping.get("context").orElseThrow(), "context");
            if (mapping.has("selector")) {
                selector = scalar(mapping.get("selector").orElseThrow(), "selector");
                if (selector != null && !kinds().contains(selector)) {
                    problems.add(mapping.get("selector").orElseThrow().position(), "unknown " + language.id()
                            + " node kind '" + selector + "'" + Suggestion.hint(selector, kinds()));
                    return null;
                }
            }
            if (text == null || !valid) {
                return null;
            }
        } else {
            text = scalar(value, "pattern");
            if (text == null) {
                return null;
            }
        }
        if (text.isBlank()) {
            problems.add(value.position(), "empty pattern");
            return null;
        }
        CodePattern pattern = PatternParser.parse(parser(), language, text, selector);
        if (pattern == null) {
            problems.add(value.position(), "pattern '" + text.strip() + "' is not a single valid " + language.id()
                    + " syntax node" + (selector != null ? " containing a '" + selector + "'" : "")
                    + " (to match a fragment, use pattern: {context: <code around it>, selector: <node kind>})");
            return null;
        }
        return new Part(new RuleMatcher.PatternMatcher(pattern), pattern.prefilter(), pattern.rootKinds());
    }

    private String scalar(YamlNode value, String key) {
        if (value instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return scalar.text();
        }
        problems.add(value.position(), "'" + key + "' expects a string, found " + value.describe());
        return null;
    }

    private TreeSitterParser parser() {
        if (parser == null) {
            parser = new TreeSitterParser();
        }
        return parser;
    }

    private Set<String> kinds() {
        if (kinds == null) {
            Set<String> names = new TreeSet<>();
            for (TreeSitterNative.Tables grammar : grammars()) {
                for (int i = 0; i < grammar.kinds().length; i++) {
                    if (grammar.types()[i] == 0) {
                        names.add(grammar.kinds()[i]);
                    }
                }
            }
            names.add("ERROR");
            kinds = names;
        }
        return kinds;
    }

    private Set<String> fields() {
        if (fields == null) {
            Set<String> names = new LinkedHashSet<>();
            for (TreeSitterNative.Tables grammar : grammars()) {
                for (int i = 1; i < grammar.fields().length; i++) {
                    names.add(grammar.fields()[i]);
                }
            }
            fields = names;
        }
        return fields;
    }

    /** The grammars whose trees a rule may see. */
    private List<TreeSitterNative.Tables> grammars() {
        return List.of(GrammarTables.of(language));
    }

}
