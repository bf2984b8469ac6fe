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
    static final Options OPTIONS = Options.of(LANGUAGE, MATCH, UTILS);

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
        if (compiled == null) {
            return null;
        }
        Parser<ParsedSource> parser = compiled.nativeQueries().isEmpty() ? TREES
                : (file, text, worker) -> ParsedSource.parse(file, text, worker, compiled.nativeQueries());
        return new SourceLogic(rule, compiled, parser);
    }

    /** The logic of one compiled source rule. */
    private record SourceLogic(RuleDefinition rule, SourceRule source, Parser<ParsedSource> parser)
            implements FileRuleLogic {

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
            for (SourceMatch match : source.find(parsed.tree())) {
                sink.report(new Location(path, match.startLine(), match.startColumn(), match.endLine(), match.endColumn()),
                        match.interpolate(rule.message()), match.interpolate(rule.fix()));
            }
        }
    }

    /** A parsed file and whether its syntax-error note was already given. */
    private record ParsedSource(SyntaxTree tree, AtomicBoolean noted) {

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
