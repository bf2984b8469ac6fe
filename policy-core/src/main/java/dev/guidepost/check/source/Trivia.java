package dev.guidepost.check.source;

import java.util.Set;

/** Which nodes a pattern comparison skips: comments, and anonymous bracket/separator tokens. */
final class Trivia {

    private static final Set<String> COMMENTS = Set.of("comment", "line_comment", "block_comment", "html_comment");

    private Trivia() {
    }

    static boolean isTrivia(String kind, boolean named) {
        if (COMMENTS.contains(kind)) {
            return true;
        }
        if (named || kind.isEmpty()) {
            return false;
        }
        for (int i = 0; i < kind.length(); i++) {
            if ("(){}[],;".indexOf(kind.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
