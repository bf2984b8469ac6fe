package dev.guidepost.check.source;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treesitter.TSException;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryPredicateStep;
import org.treesitter.TSQueryPredicateStepType;

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

    private final String text;
    private final SourceLanguage language;
    private final TSQuery query;
    private final List<List<Predicate>> predicates;
    private final String[] captureNames;
    private final int matchCapture;

    private NativeQuery(String text, SourceLanguage language, TSQuery query, List<List<Predicate>> predicates,
            String[] captureNames, int matchCapture) {
        this.text = text;
        this.language = language;
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
        TSQuery query;
        try {
            query = new TSQuery(language.grammar(), text);
        } catch (TSException | IllegalStateException e) {
            throw new IllegalArgumentException("not a valid tree-sitter query for " + language.id() + ": "
                    + e.getMessage());
        }
        String[] captures = new String[query.getCaptureCount()];
        int matchCapture = -1;
        for (int i = 0; i < captures.length; i++) {
            captures[i] = query.getCaptureNameForId(i);
            if (captures[i].equals("match")) {
                matchCapture = i;
            }
        }
        if (captures.length == 0) {
            throw new IllegalArgumentException("the query captures nothing: add a capture such as @match");
        }
        List<List<Predicate>> predicates = new ArrayList<>();
        for (int p = 0; p < query.getPatternCount(); p++) {
            predicates.add(predicatesOf(query, p));
        }
        return new NativeQuery(text, language, query, List.copyOf(predicates), captures, matchCapture);
    }

    private static List<Predicate> predicatesOf(TSQuery query, int pattern) {
        List<Predicate> result = new ArrayList<>();
        List<Object> current = new ArrayList<>();
        for (TSQueryPredicateStep step : query.getPredicateForPattern(pattern)) {
            TSQueryPredicateStepType type = step.getType();
            if (type == TSQueryPredicateStepType.TSQueryPredicateStepTypeDone) {
                result.add(predicate(current));
                current = new ArrayList<>();
            } else if (type == TSQueryPredicateStepType.TSQueryPredicateStepTypeCapture) {
                current.add(step.getValueId());
            } else {
                current.add(query.getStringValueForId(step.getValueId()));
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
                    return new Predicate(name, List.copyOf(args), Pattern.compile(re));
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

    TSQuery tsQuery() {
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
