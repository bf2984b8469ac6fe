package dev.guidepost.check.source;

import dev.guidepost.engine.Check;
import dev.guidepost.engine.CompileContext;
import dev.guidepost.engine.FileRuleLogic;
import dev.guidepost.engine.FileSubject;
import dev.guidepost.engine.FindingSink;
import dev.guidepost.engine.Parser;
import dev.guidepost.engine.Prefilter;
import dev.guidepost.engine.RuleLogic;
import dev.guidepost.engine.WorkerState;
import dev.guidepost.policy.Option;
import dev.guidepost.policy.Options;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.YamlNode;
import dev.guidepost.report.Location;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code source} target: structural matching of code with tree-sitter. Options:
 * {@code language} (python, typescript, tsx, javascript, java, go; default python; a typescript
 * rule also checks .tsx files), {@code match} (the rule body, see {@link SourceRuleCompiler}) and
 * {@code utils} (named utility rules the body refers to with {@code matches}).
 * Messages and fix hints may use the rule's metavariables ({@code $NAME}, {@code $$$NAME}).
 * Files are parsed once for all source rules; a file with syntax errors gets one report note and
 * is matched where its tree is intact.
 */
public final class SourceCheck implements Check {

    /** The shared parse of a file: one per file for every source rule without a native query. */
    private static final Parser<ParsedSource> TREES = (file, text, worker) -> ParsedSource.parse(file, text, worker,
            List.of());

    static final Option<SourceLanguage> LANGUAGE = Option.choice("language", List.of(SourceLanguage.values()),
            SourceLanguage::id, SourceLanguage::byName, SourceLanguage.PYTHON, "the language of the files the rule"
            + " reads (a `typescript` rule also reads `.tsx` files; `py`, `ts`, `js` and any case are accepted too)");
    static final Option<YamlNode.Mapping> MATCH = Option.mapping("match", "a rule body (required)",
            "what to find: `pattern`, `kind`, `regex`, `query`, relations and composition (see"
            + " [The rule body](#the-rule-body-match))");
    static final Option<YamlNode.Mapping> UTILS = Option.mapping("utils", "named rule bodies",
            "utility rules the body (and they themselves) use with `matches: <name>` (see"
            + " [Utility rules](#utility-rules-utils-and-matches))");
    static final Option<YamlNode> REPLACE = Option.node("replace", "a text, or `{regex, with}`",
            "what replaces a match with `check --fix --unsafe-fixes`: a template over the rule's metavariables that"
            + " replaces the matched node, or the first occurrence of `regex` in the node's text replaced by `with`"
            + " (see [Replacements](#replacements-replace))");
    static final Options OPTIONS = Options.of(LANGUAGE, MATCH, UTILS, REPLACE);

    @Override
    public String target() {
        return "source";
    }

    @Override
    public Options options() {
        return OPTIONS;
    }

    @Override
    public RuleLogic compile(RuleDefinition rule, CompileContext context) {
        Optional<SourceLanguage> language = LANGUAGE.read(context.options());
        if (language.isEmpty()) {
            return null;
        }
        if (!context.options().has(MATCH.key())) {
            context.problems().add(rule.position(), "a source rule needs 'match:' with a rule such as"
                    + " {pattern: 'print($$$ARGS)'}");
            return null;
        }
        var match = MATCH.read(context.options());
        if (match.isEmpty()) {
            return null;
        }
        YamlNode.Mapping utils = null;
        if (context.options().has(UTILS.key())) {
            var declared = UTILS.read(context.options());
            if (declared.isEmpty()) {
                return null;
            }
            utils = declared.get();
        }
        SourceRule compiled = SourceRuleCompiler.compile(match.get(), utils, language.get(), context.problems());
        Optional<Replacement> replacement = Optional.empty();
        if (context.options().has(REPLACE.key())) {
            Optional<YamlNode> declared = REPLACE.read(context.options());
            if (declared.isEmpty()) {
                return null;
            }
            replacement = Replacement.read(declared.get(), texts(match.get()) + texts(utils), context.problems());
            if (replacement.isEmpty()) {
                return null;
            }
        }
        if (compiled == null) {
            return null;
        }
        Parser<ParsedSource> parser = compiled.nativeQueries().isEmpty() ? TREES
                : (file, text, worker) -> ParsedSource.parse(file, text, worker, compiled.nativeQueries());
        return new SourceLogic(rule, compiled, parser, replacement);
    }

    /** Every text in a YAML tree (keys too), for telling which metavariables a rule body binds. */
    private static String texts(YamlNode node) {
        if (node == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        if (node instanceof YamlNode.Scalar scalar) {
            out.append(scalar.text()).append('\n');
        } else if (node instanceof YamlNode.Sequence sequence) {
            sequence.items().forEach(item -> out.append(texts(item)));
        } else if (node instanceof YamlNode.Mapping mapping) {
            mapping.entries().values().forEach(entry -> out.append(entry.key()).append('\n').append(texts(entry.value())));
        }
        return out.toString();
    }

    /** The logic of one compiled source rule. */
    record SourceLogic(RuleDefinition rule, SourceRule source, Parser<ParsedSource> parser,
            Optional<Replacement> replacement) implements FileRuleLogic {

        /** The replacements of this rule's matches in the subject's file (none without {@code replace}). */
        List<SourceEdit> edits(FileSubject subject) {
            if (replacement.isEmpty()) {
                return List.of();
            }
            String path = subject.file().path();
            List<SourceEdit> out = new java.util.ArrayList<>();
            for (SourceMatch match : source.find(subject.parsed(parser).tree())) {
                out.add(new SourceEdit(new Location(path, match.startLine(), match.startColumn(), match.endLine(),
                        match.endColumn()), match.node().startOffset(), match.node().endOffset(),
                        replacement.get().apply(match)));
            }
            return out;
        }

        @Override
        public boolean accepts(WorkspaceFile file) {
            Optional<SourceLanguage> language = SourceLanguage.byName(file.language().isEmpty() ? "-" : file.language());
            return language.isPresent() && (language.get() == source.language()
                    || source.language() == SourceLanguage.TYPESCRIPT && language.get() == SourceLanguage.TSX);
        }

        @Override
        public Prefilter prefilter() {
            return source.prefilter();
        }

        @Override
        public dev.guidepost.facts.ProjectFacts.Demand factDemand() {
            return source.factDemand();
        }

        @Override
        public Optional<String> unavailable() {
            return TreeSitterBackend.selected().unavailable().map(reason -> "source rules not run: " + reason);
        }

        @Override
        public void check(FileSubject subject, FindingSink sink) {
            ParsedSource parsed = subject.parsed(parser);
            if (parsed.claimSyntaxNote()) {
                SyntaxNode error = parsed.tree().firstError();
                subject.note("syntax errors (first at " + error.startLine() + ":" + error.startColumn()
                        + "): source rules matched only where the code parses");
            }
            String path = subject.file().path();
            for (SourceMatch match : source.find(parsed.tree(), subject.facts().in(path))) {
                sink.report(new Location(path, match.startLine(), match.startColumn(), match.endLine(), match.endColumn()),
                        match.interpolate(rule.message()), match.interpolate(rule.fix()));
            }
        }
    }

    /** A parsed file and whether its syntax-error note was already given. */
    record ParsedSource(SyntaxTree tree, AtomicBoolean noted) {

        static ParsedSource parse(WorkspaceFile file, String text, WorkerState worker, List<NativeQuery> queries) {
            SourceLanguage language = SourceLanguage.byName(file.language()).orElseThrow();
            TreeSitterParser parser = worker.get(TreeSitterParser.class, TreeSitterParser::new);
            return new ParsedSource(parser.parse(text, language, queries), new AtomicBoolean());
        }

        boolean claimSyntaxNote() {
            return tree.hasSyntaxErrors() && tree.firstError() != null && noted.compareAndSet(false, true);
        }
    }
}
