package dev.guidepost.check.source;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;

/**
 * A raw tree-sitter query (the {@code query:} escape hatch of a source rule), compiled for one
 * language. It runs on the native tree while a file is parsed ({@link TreeSitterParser#parse(String,
 * SourceLanguage, java.util.Collection)}), before the native tree is dropped.
 *
 * <p>Supported predicates: {@code #eq?}, {@code #not-eq?}, {@code #match?}, {@code #not-match?}
 * (RE2 syntax) and {@code #any-of?}. The node a hit reports is the capture named {@code @match} when
 * the query has one, otherwise the first capture of the match. Identity-equal: one compiled rule,
 * one query. A compiled query is immutable and may be shared between threads (each run gets its
 * own cursor).
 */
public final class NativeQuery {

    private static final Cleaner CLEANER = Cleaner.create();
    private static final String[] ERRORS = {"", "syntax error", "unknown node kind", "unknown field",
        "unknown capture", "impossible pattern structure", "language mismatch"};

    private final String text;
    private final SourceLanguage language;
    private final TreeSitterBackend backend;
    private final TreeSitterBackend.CompiledQuery query;
    private final List<List<Predicate>> predicates;
    private final String[] captureNames;
    private final int matchCapture;

    private NativeQuery(String text, SourceLanguage language, TreeSitterBackend backend,
            TreeSitterBackend.CompiledQuery query, List<List<Predicate>> predicates, String[] captureNames,
            int matchCapture) {
        this.text = text;
        this.language = language;
        this.backend = backend;
        this.query = query;
        this.predicates = predicates;
        this.captureNames = captureNames;
        this.matchCapture = matchCapture;
    }

    /**
     * Compiles a query.
     *
     * @throws IllegalArgumentException with a user-facing reason if the query is not valid for the language
     */
    public static NativeQuery compile(String text, SourceLanguage language) {
        return compile(text, language, TreeSitterBackend.selected());
    }

    /** Compiles a query for one backend; only parsers of that backend can run it. */
    static NativeQuery compile(String text, SourceLanguage language, TreeSitterBackend backend) {
        backend.unavailable().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        byte[] source = text.getBytes(StandardCharsets.UTF_8);
        int[] error = new int[2];
        TreeSitterBackend.CompiledQuery query = backend.compile(language, text, source, error);
        if (query == null) {
            int offset = Math.max(0, Math.min(error[0], source.length));
            String before = new String(source, 0, offset, StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            String near = new String(source, offset, Math.min(20, source.length - offset), StandardCharsets.UTF_8);
            throw new IllegalArgumentException("not a valid tree-sitter query for " + language.id() + ": "
                    + (error[1] > 0 && error[1] < ERRORS.length ? ERRORS[error[1]] : "error") + " at line " + line
                    + ", column " + column + (near.isBlank() ? "" : " near '" + near.strip() + "'"));
        }
        try {
            String[] captures = query.captureNames().toArray(String[]::new);
            int matchCapture = -1;
            for (int i = 0; i < captures.length; i++) {
                if (captures[i].equals("match")) {
                    matchCapture = i;
                }
            }
            if (captures.length == 0) {
                throw new IllegalArgumentException("the query captures nothing: add a capture such as @match");
            }
            List<String> strings = query.stringValues();
            List<List<Predicate>> predicates = new ArrayList<>();
            for (int p = 0; p < query.patternCount(); p++) {
                predicates.add(predicatesOf(query.predicateSteps(p), strings));
            }
            NativeQuery compiled = new NativeQuery(text, language, backend, query, List.copyOf(predicates),
                    captures, matchCapture);
            CLEANER.register(compiled, query::close);
            return compiled;
        } catch (RuntimeException e) {
            query.close();
            throw e;
        }
    }

    /** Predicates from native steps: pairs of type (0 done, 1 capture, 2 string) and value id. */
    private static List<Predicate> predicatesOf(int[] steps, List<String> strings) {
        List<Predicate> result = new ArrayList<>();
        List<Object> current = new ArrayList<>();
        for (int i = 0; i + 1 < steps.length; i += 2) {
            int type = steps[i];
            int value = steps[i + 1];
            if (type == 0) {
                result.add(predicate(current));
                current = new ArrayList<>();
            } else if (type == 1) {
                current.add(value);
            } else {
                current.add(strings.get(value));
            }
        }
        return List.copyOf(result);
    }

    private static Predicate predicate(List<Object> steps) {
        if (steps.isEmpty() || !(steps.get(0) instanceof String name)) {
            throw new IllegalArgumentException("malformed predicate in query");
        }
        List<Object> args = steps.subList(1, steps.size());
        switch (name) {
            case "eq?", "not-eq?" -> {
                if (args.size() != 2 || !(args.get(0) instanceof Integer)) {
                    throw new IllegalArgumentException("#" + name + " takes a capture and a capture or string");
                }
                return new Predicate(name, List.copyOf(args), null);
            }
            case "match?", "not-match?" -> {
                if (args.size() != 2 || !(args.get(0) instanceof Integer) || !(args.get(1) instanceof String re)) {
                    throw new IllegalArgumentException("#" + name + " takes a capture and a regex string");
                }
                try {
                    return new Predicate(name, List.copyOf(args), dev.guidepost.policy.PolicyRegex.compile(re));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("invalid regex in #" + name + ": " + e.getDescription());
                }
            }
            case "any-of?" -> {
                if (args.size() < 2 || !(args.get(0) instanceof Integer)) {
                    throw new IllegalArgumentException("#any-of? takes a capture and strings");
                }
                return new Predicate(name, List.copyOf(args), null);
            }
            default -> throw new IllegalArgumentException("unsupported query predicate #" + name
                    + " (supported: #eq?, #not-eq?, #match?, #not-match?, #any-of?)");
        }
    }

    /** The query text as written. */
    public String text() {
        return text;
    }

    public SourceLanguage language() {
        return language;
    }

    /** The compiled query, for a parser of {@code parserBackend}; valid while this object is reachable. */
    TreeSitterBackend.CompiledQuery compiledFor(TreeSitterBackend parserBackend) {
        if (parserBackend != backend) {
            throw new IllegalArgumentException("query compiled for the " + backend.name()
                    + " parser backend, used with the " + parserBackend.name() + " backend");
        }
        return query;
    }

    String captureName(int id) {
        return captureNames[id];
    }

    int matchCapture() {
        return matchCapture;
    }

    /** Whether a native match of pattern {@code pattern} satisfies its predicates, given capture texts. */
    boolean accepts(int pattern, Map<Integer, String> captureTexts) {
        for (Predicate predicate : predicates.get(pattern)) {
            if (!predicate.test(captureTexts)) {
                return false;
            }
        }
        return true;
    }

    private record Predicate(String name, List<Object> args, Pattern regex) {
        boolean test(Map<Integer, String> texts) {
            String subject = texts.get((Integer) args.get(0));
            if (subject == null) {
                return true;
            }
            return switch (name) {
                case "eq?" -> subject.equals(value(args.get(1), texts));
                case "not-eq?" -> !subject.equals(value(args.get(1), texts));
                case "match?" -> regex.matcher(subject).find();
                case "not-match?" -> !regex.matcher(subject).find();
                default -> args.subList(1, args.size()).stream().anyMatch(a -> subject.equals(value(a, texts)));
            };
        }

        private static String value(Object arg, Map<Integer, String> texts) {
            return arg instanceof Integer id ? texts.get(id) : (String) arg;
        }
    }

    @Override
    public String toString() {
        return language.id() + " query " + text;
    }
}
