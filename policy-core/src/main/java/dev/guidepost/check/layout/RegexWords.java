package dev.guidepost.check.layout;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Literal words that any text a regex finds a match in must contain, for a sound prefilter: for
 * each top-level alternative, its longest literal run outside groups, classes and quantified
 * characters. Empty when some alternative has no such run of at least three characters or the
 * regex uses flags.
 */
final class RegexWords {

    private RegexWords() {
    }

    static Optional<Set<String>> of(String regex) {
        if (regex.contains("(?")) {
            return Optional.empty();
        }
        Set<String> words = new HashSet<>();
        for (String alternative : topLevelAlternatives(regex)) {
            String best = longestRun(alternative);
            if (best.length() < 3) {
                return Optional.empty();
            }
            words.add(best);
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    private static java.util.List<String> topLevelAlternatives(String regex) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    private static String longestRun(String alternative) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            char literal = 0;
            if (inClass) {
                if (c == '\\') {
                    i++;
                }
                inClass = c != ']';
            } else if (c == '\\' && i + 1 < alternative.length()) {
                char next = alternative.charAt(++i);
                literal = Character.isLetterOrDigit(next) ? 0 : next; // \d, \w, \b … are not literals
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ' ' || c == '/' || c == ':') {
                literal = c;
            }
            boolean quantified = i + 1 < alternative.length() && "*?{".indexOf(alternative.charAt(i + 1)) >= 0;
            if (literal != 0 && depth == 0 && !inClass && !quantified) {
                run.append(literal);
                if (i + 1 < alternative.length() && alternative.charAt(i + 1) == '+') {
                    best = longer(best, run);
                    run.setLength(0);
                }
            } else {
                best = longer(best, run);
                run.setLength(0);
            }
        }
        return longer(best, run);
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }
}
