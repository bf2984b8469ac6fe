package dev.guidepost.check.markdown;

import dev.guidepost.engine.Check;
import dev.guidepost.engine.CompileContext;
import dev.guidepost.engine.RuleLogic;
import dev.guidepost.policy.Glob;
import dev.guidepost.policy.Option;
import dev.guidepost.policy.Options;
import dev.guidepost.policy.OptionReader;
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
 * The {@code markdown} target: required sections, required and forbidden text, and {@code @path}
 * imports in Markdown files, per file or over the CLAUDE.md chain of each project. The options
 * are documented in {@code docs/dsl-markdown.md}.
 */
public final class MarkdownCheck implements Check {

    /** Claude Code follows imports at most this many hops deep. */
    static final int DEFAULT_IMPORT_DEPTH = 5;

    static final Option<UnitKind> FOR_EACH = ForEach.option(List.of(UnitKind.FILE, UnitKind.REPO,
            UnitKind.DJANGO_PROJECT, UnitKind.DJANGO_APP, UnitKind.NODE, UnitKind.MAVEN, UnitKind.GO, UnitKind.PYTHON),
            UnitKind.FILE, "what is checked one at a time. `file`: every Markdown file selected by `files`/`exclude`/"
            + "`in`. `repo`: the repository as a whole. A project kind: every project of that kind (a folder holding"
            + " `manage.py`, `package.json`, …; `django-app` as for [layout rules](dsl-layout.md#units-and-placeholders)),"
            + " projects in test or vendored folders aside ([units](policy-language.md#units-for-each)).");
    static final Option<String> DOCUMENTS = Option.choice("documents", List.of("claude-md", "matched"), null,
            "where a unit's documents come from. `claude-md`: the **instruction chain** of the unit's folder."
            + " `matched`: the Markdown files under the unit's folder selected by `files`/`exclude`/`in`.")
            .withDefaultText("`matched` for `file`, `claude-md` otherwise");
    static final Option<Boolean> FOLLOW_IMPORTS = Option.flag("follow-imports", true,
            "the files the documents `@import` join the documents (recursively).");
    static final Option<Integer> MAX_IMPORT_DEPTH = Option.number("max-import-depth", DEFAULT_IMPORT_DEPTH, 0,
            "how many imports deep to follow (Claude Code's own limit is 5).");
    static final Option<Boolean> REQUIRE_DOCUMENT = Option.flag("require-document", false,
            "report a unit that has no document at all, on its folder (rules without it skip such units).");
    static final Option<Boolean> IMPORTS_RESOLVE = Option.flag("imports-resolve", false,
            "report every `@path` import Claude Code could not load, at its line and column (see [Imports](#imports)).");
    static final Option<YamlNode> WHEN = Option.node("when", "a condition",
            "the rule applies to a unit only when the condition holds in its folder (see [Conditions](#conditions-when)).");
    static final Option<YamlNode.Sequence> SECTIONS = Option.list("sections", "a list of sections",
            "questions the documents must answer, each with a section (see [Sections](#sections)).");
    static final Option<Boolean> ORDER = Option.flag("order", false,
            "the listed `sections` must appear in that order within each document.");
    static final Option<YamlNode> CONTAINS = Option.node("contains", "a text or a list of texts",
            "every text must occur somewhere in the unit's documents (see [Texts](#texts-contains-and-forbids)).");
    static final Option<YamlNode> FORBIDS = Option.node("forbids", "a text or a list of texts",
            "no text may occur in the documents; each document reports its first occurrence.");
    static final Option<YamlNode> PLACE_AFTER = Option.node("place-after", "a heading regex",
            "where findings about missing content go: after the first section whose heading it finds (see"
            + " [where findings go](#what-a-rule-checks-units-and-documents)).");
    static final Option<YamlNode.Mapping> LANGUAGES = Option.mapping("languages", "`{known, unknown, message, fix}`",
            "the languages the rule's keywords cover (see [Languages](#languages)).");
    static final Options OPTIONS = Options.of(FOR_EACH, DOCUMENTS, FOLLOW_IMPORTS, MAX_IMPORT_DEPTH, REQUIRE_DOCUMENT,
            IMPORTS_RESOLVE, WHEN, SECTIONS, ORDER, CONTAINS, FORBIDS, PLACE_AFTER, LANGUAGES);
    private static final Set<String> SECTION_KEYS = Set.of("name", "heading", "aliases", "except", "any", "contains",
            "forbids", "message", "fix", "after");
    private static final Set<String> LANGUAGE_KEYS = Set.of("known", "unknown", "message", "fix");
    private static final Set<String> ALTERNATIVE_KEYS = Set.of("heading", "aliases", "except", "contains");
    private static final Set<String> MATCHER_KEYS = Set.of("text", "regex", "name", "message", "fix");
    private static final Set<String> CONDITION_KEYS = Set.of("files", "contains");
    private static final Set<String> WHEN_KEYS = Set.of("any", "all", "files", "contains");
    @Override
    public String target() {
        return "markdown";
    }

    @Override
    public Options options() {
        return OPTIONS;
    }

    @Override
    public RuleLogic compile(RuleDefinition rule, CompileContext context) {
        OptionReader options = context.options();
        Problems problems = context.problems();
        UnitKind forEach = FOR_EACH.value(options);
        MarkdownRule.Documents documents = forEach == UnitKind.FILE ? MarkdownRule.Documents.MATCHED
                : MarkdownRule.Documents.CLAUDE_MD;
        Optional<String> documentsOption = DOCUMENTS.read(options);
        if (documentsOption.isPresent()) {
            if (documentsOption.get().equals("claude-md")) {
                if (forEach == UnitKind.FILE) {
                    problems.add(options.node(DOCUMENTS.key()).orElseThrow().position(), "'documents: claude-md' "
                            + "needs 'for-each: repo' or a project kind such as 'for-each: django-project'");
                }
                documents = MarkdownRule.Documents.CLAUDE_MD;
            } else {
                documents = MarkdownRule.Documents.MATCHED;
            }
        }
        int depth = MAX_IMPORT_DEPTH.value(options);
        Optional<RuleCondition> when = WHEN.read(options).flatMap(node -> condition(node, problems));
        List<SectionRequirement> sections = new ArrayList<>();
        SECTIONS.read(options).ifPresent(sequence -> {
            for (YamlNode item : sequence.items()) {
                section(item, problems).ifPresent(sections::add);
            }
        });
        boolean ordered = ORDER.value(options);
        if (ordered && sections.size() < 2) {
            problems.add(options.position(ORDER.key()), "'order: true' needs at least two 'sections' to order");
        }
        return new MarkdownRule(forEach, documents, FOLLOW_IMPORTS.value(options), depth,
                REQUIRE_DOCUMENT.value(options), IMPORTS_RESOLVE.value(options), when,
                sections, ordered, matchers(CONTAINS.key(), CONTAINS.read(options), problems),
                matchers(FORBIDS.key(), FORBIDS.read(options), problems), options.regex(PLACE_AFTER.key()),
                LANGUAGES.read(options).flatMap(node -> languages(node, problems)));
    }

    /** {@code languages: {known: {en: 'the|and|…', …}, unknown: report|skip, message, fix}}. */
    private static Optional<LanguageCheck> languages(YamlNode.Mapping map, Problems problems) {
        OptionReader reader = new OptionReader(map, problems);
        reader.allowOnly(LANGUAGE_KEYS, "'languages'");
        java.util.Map<String, com.google.re2j.Pattern> known = new java.util.LinkedHashMap<>();
        Optional<YamlNode.Mapping> sets = reader.mapping("known");
        if (sets.isEmpty()) {
            if (!reader.has("known")) {
                problems.add(map.position(), "'languages' needs 'known': a word set (regex alternatives) per language");
            }
            return Optional.empty();
        }
        for (YamlNode.Entry entry : sets.get().entries().values()) {
            if (entry.value() instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                OptionReader.compileRegex("(?i)^(?:" + scalar.text() + ")$", scalar.position(), problems)
                        .ifPresent(p -> known.put(entry.key(), p));
            } else {
                problems.add(entry.value().position(), "expected the words of '" + entry.key()
                        + "' as regex alternatives (the|and|of), found " + entry.value().describe());
            }
        }
        String unknown = reader.string("unknown").orElse("skip");
        if (!unknown.equals("report") && !unknown.equals("skip")) {
            problems.add(reader.position("unknown"), "unknown value '" + unknown + "' for 'unknown', expected report or skip");
        }
        return Optional.of(new LanguageCheck(known, unknown.equals("report"), reader.string("message").orElse(""),
                reader.string("fix").orElse("")));
    }

    private static Optional<SectionRequirement> section(YamlNode node, Problems problems) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(node.position(), "expected a section (a mapping with 'heading' or 'aliases'), found "
                    + node.describe());
            return Optional.empty();
        }
        OptionReader reader = new OptionReader(map, problems);
        reader.allowOnly(SECTION_KEYS, "a section");
        List<HeadingPattern> alternatives = new ArrayList<>();
        boolean direct = reader.has("heading") || reader.has("aliases");
        if (direct) {
            alternatives.add(new HeadingPattern(reader.regex("heading"), Set.copyOf(reader.strings("aliases")),
                    reader.regex("except"), List.of()));
        } else if (reader.has("except")) {
            problems.add(reader.position("except"), "'except' needs a 'heading' next to it");
        }
        reader.sequence("any").ifPresent(sequence -> {
            if (direct) {
                problems.add(reader.position("any"), "a section has either 'heading'/'aliases' or 'any', not both");
            }
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Mapping alternative) {
                    OptionReader a = new OptionReader(alternative, problems);
                    a.allowOnly(ALTERNATIVE_KEYS, "an alternative of 'any'");
                    if (!a.has("heading") && !a.has("aliases")) {
                        problems.add(alternative.position(), "an alternative needs 'heading' or 'aliases'");
                    }
                    alternatives.add(new HeadingPattern(a.regex("heading"), Set.copyOf(a.strings("aliases")),
                            a.regex("except"), matchers("contains", a.node("contains"), problems)));
                } else {
                    problems.add(item.position(), "expected an alternative (a mapping with 'heading'), found "
                            + item.describe());
                }
            }
        });
        if (!direct && !reader.has("any")) {
            problems.add(map.position(), "a section needs 'heading' (a regex), 'aliases' (headings) or 'any'");
        }
        String name = reader.string("name").orElseGet(() -> map.get("heading")
                .filter(YamlNode.Scalar.class::isInstance).map(n -> ((YamlNode.Scalar) n).text())
                .orElseGet(() -> reader.strings("aliases").stream().findFirst().orElse("a section")));
        return Optional.of(new SectionRequirement(name, alternatives, matchers("contains", reader.node("contains"),
                problems), matchers("forbids", reader.node("forbids"), problems), reader.string("message").orElse(""),
                reader.string("fix").orElse(""), reader.regex("after")));
    }

    /** Reads a string-or-list of texts; each text is a literal or a mapping with 'text' or 'regex'. */
    private static List<TextMatcher> matchers(String key, Optional<YamlNode> node, Problems problems) {
        List<TextMatcher> out = new ArrayList<>();
        if (node.isEmpty()) {
            return out;
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node.get());
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                out.add(TextMatcher.literal(scalar.text()));
            } else if (item instanceof YamlNode.Mapping map) {
                matcher(map, problems).ifPresent(out::add);
            } else {
                problems.add(item.position(), "expected a text or a mapping with 'text' or 'regex' in '" + key
                        + "', found " + item.describe());
            }
        }
        return out;
    }

    private static Optional<TextMatcher> matcher(YamlNode.Mapping map, Problems problems) {
        OptionReader reader = new OptionReader(map, problems);
        reader.allowOnly(MATCHER_KEYS, "a text to match");
        if (reader.has("text") == reader.has("regex")) {
            problems.add(map.position(), "a text to match needs exactly one of 'text' (a literal) or 'regex'");
            return Optional.empty();
        }
        Optional<TextMatcher> base = reader.has("text") ? reader.string("text").map(TextMatcher::literal)
                : reader.regex("regex").map(p -> new TextMatcher(p.pattern(), p, "", ""));
        return base.map(m -> new TextMatcher(reader.string("name").orElse(m.name()), m.pattern(),
                reader.string("message").orElse(""), reader.string("fix").orElse("")));
    }

    private static Optional<RuleCondition> condition(YamlNode node, Problems problems) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(node.position(), "expected a mapping for 'when' (with 'files' and 'contains', or 'any'/'all'"
                    + " of such), found " + node.describe());
            return Optional.empty();
        }
        OptionReader reader = new OptionReader(map, problems);
        reader.allowOnly(WHEN_KEYS, "'when'");
        boolean any = reader.has("any");
        boolean all = reader.has("all");
        boolean single = reader.has("files") || reader.has("contains");
        if ((any ? 1 : 0) + (all ? 1 : 0) + (single ? 1 : 0) != 1) {
            problems.add(map.position(), "'when' needs exactly one of: 'files' (with optional 'contains'), 'any' or"
                    + " 'all'");
            return Optional.empty();
        }
        if (single) {
            return fileCondition(map, problems).map(c -> new RuleCondition(false, List.of(c)));
        }
        List<FileCondition> conditions = new ArrayList<>();
        reader.sequence(any ? "any" : "all").ifPresent(sequence -> {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Mapping m) {
                    fileCondition(m, problems).ifPresent(conditions::add);
                } else {
                    problems.add(item.position(), "expected a condition (a mapping with 'files'), found "
                            + item.describe());
                }
            }
        });
        return Optional.of(new RuleCondition(any, conditions));
    }

    private static Optional<FileCondition> fileCondition(YamlNode.Mapping map, Problems problems) {
        OptionReader reader = new OptionReader(map, problems);
        reader.allowOnly(CONDITION_KEYS, "a condition");
        if (!reader.has("files")) {
            problems.add(map.position(), "a condition needs 'files': globs relative to the unit's folder");
            return Optional.empty();
        }
        List<Glob> globs = new ArrayList<>();
        for (YamlNode.Scalar scalar : reader.scalars("files")) {
            Glob.compile(scalar.text(), scalar.position(), problems).ifPresent(globs::add);
        }
        return Optional.of(new FileCondition(globs, matchers("contains", reader.node("contains"), problems)));
    }

}
