package dev.guidepost.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A glob without bracket expressions as a small nondeterministic automaton, run over a path one
 * code point at a time with the set of live states in a bit set: linear in the path's length for
 * any glob, and far cheaper per path than RE2J's general machine (every file of a run is tested
 * against the globs of every scope, so this is on the per-file path).
 *
 * <p>It accepts exactly what the regex {@link Glob} writes for the same glob accepts under RE2J:
 * {@code ^}, then {@code (?:.*&#47;)?} when the glob is not anchored, the body ({@code *} as
 * {@code [^/]*}, {@code ?} as {@code [^/]}, a leading or inner {@code **&#47;} as
 * {@code (?:.*&#47;)?}, a trailing {@code **} as {@code .*}, anything else as itself), then
 * {@code (?:/.*)?$}; RE2J's {@code .} is any code point but a line feed ({@code GlobTest} holds the
 * two side by side).
 */
final class GlobAutomaton {

    /** What a glob's body is made of, in order. */
    sealed interface Piece permits Literal, AnyOne, AnyInName, AnyTail, AnyFolders {
    }

    /** One code point, itself. */
    record Literal(int codePoint) implements Piece {
    }

    /** {@code ?}: one code point other than '/'. */
    record AnyOne() implements Piece {
    }

    /** {@code *}: any run of code points other than '/'. */
    record AnyInName() implements Piece {
    }

    /** A trailing {@code **}: anything on one line. */
    record AnyTail() implements Piece {
    }

    /** A leading or inner {@code **&#47;}: nothing, or anything on one line followed by '/'. */
    record AnyFolders() implements Piece {
    }

    private static final byte CODE_POINT = 0;
    private static final byte NOT_SLASH = 1;
    private static final byte NOT_LINE_FEED = 2;
    private static final byte SPLIT = 3;
    private static final byte MATCH = 4;

    private final byte[] kind;
    private final int[] codePoint;
    private final int[] next;
    /** Per state, the states reached from it without consuming anything, itself included. */
    private final long[][] closure;
    private final long[] start;
    private final int match;
    private final int words;

    private GlobAutomaton(Builder built, int entry) {
        int size = built.kind.size();
        kind = new byte[size];
        codePoint = new int[size];
        next = new int[size];
        for (int i = 0; i < size; i++) {
            kind[i] = built.kind.get(i);
            codePoint[i] = built.codePoint.get(i);
            next[i] = built.next.get(i);
        }
        int[] other = built.other.stream().mapToInt(Integer::intValue).toArray();
        words = (size + 63) >>> 6;
        match = built.match;
        closure = new long[size][];
        for (int i = 0; i < size; i++) {
            closure[i] = new long[words];
            addClosure(closure[i], i, other);
        }
        start = closure[entry];
    }

    private void addClosure(long[] set, int state, int[] other) {
        if ((set[state >>> 6] & (1L << state)) != 0) {
            return;
        }
        set[state >>> 6] |= 1L << state;
        if (kind[state] == SPLIT) {
            addClosure(set, next[state], other);
            addClosure(set, other[state], other);
        }
    }

    /**
     * The most states an automaton may have: each keeps a set of the states it reaches, so memory
     * grows with the square of their number. A glob of a few hundred chars stays below it; a longer
     * one is left to the regex.
     */
    static final int MAX_STATES = 512;

    /**
     * The automaton of a glob's body, or empty when it would have more than {@link #MAX_STATES} states.
     *
     * @param anchored false: the body may start after any folder, as for a glob without a slash
     */
    static java.util.Optional<GlobAutomaton> of(boolean anchored, List<Piece> body) {
        Builder b = new Builder();
        int match = b.add(MATCH, 0, -1);
        b.match = match;
        // (?:/.*)?$: the path itself, or a folder above it
        int tail = b.split(b.add(CODE_POINT, '/', b.star(NOT_LINE_FEED, match)), match);
        int entry = tail;
        for (int i = body.size() - 1; i >= 0; i--) {
            Piece piece = body.get(i);
            if (piece instanceof Literal literal) {
                entry = b.add(CODE_POINT, literal.codePoint(), entry);
            } else if (piece instanceof AnyOne) {
                entry = b.add(NOT_SLASH, 0, entry);
            } else if (piece instanceof AnyInName) {
                entry = b.star(NOT_SLASH, entry);
            } else if (piece instanceof AnyTail) {
                entry = b.star(NOT_LINE_FEED, entry);
            } else {
                entry = b.split(b.star(NOT_LINE_FEED, b.add(CODE_POINT, '/', entry)), entry);
            }
        }
        if (!anchored) {
            entry = b.split(b.star(NOT_LINE_FEED, b.add(CODE_POINT, '/', entry)), entry);
        }
        return b.kind.size() > MAX_STATES ? java.util.Optional.empty() : java.util.Optional.of(new GlobAutomaton(b, entry));
    }

    /** True when the whole path is accepted. */
    boolean matches(String path) {
        long[] live = start.clone();
        long[] following = new long[words];
        int i = 0;
        int length = path.length();
        while (i < length) {
            int c = path.codePointAt(i);
            i += Character.charCount(c);
            boolean any = false;
            for (int w = 0; w < words; w++) {
                for (long bits = live[w]; bits != 0; bits &= bits - 1) {
                    int state = (w << 6) + Long.numberOfTrailingZeros(bits);
                    if (accepts(state, c)) {
                        long[] reached = closure[next[state]];
                        for (int v = 0; v < words; v++) {
                            following[v] |= reached[v];
                        }
                        any = true;
                    }
                }
            }
            if (!any) {
                return false;
            }
            long[] swap = live;
            live = following;
            following = swap;
            java.util.Arrays.fill(following, 0L);
        }
        return (live[match >>> 6] & (1L << match)) != 0;
    }

    private boolean accepts(int state, int c) {
        return switch (kind[state]) {
            case CODE_POINT -> codePoint[state] == c;
            case NOT_SLASH -> c != '/';
            case NOT_LINE_FEED -> c != '\n';
            default -> false;
        };
    }

    /** The states as they are added, each pointing at states added before it (or, for a loop, at a later split). */
    private static final class Builder {
        final List<Byte> kind = new ArrayList<>();
        final List<Integer> codePoint = new ArrayList<>();
        final List<Integer> next = new ArrayList<>();
        final List<Integer> other = new ArrayList<>();
        int match;

        int add(byte k, int c, int to) {
            kind.add(k);
            codePoint.add(c);
            next.add(to);
            other.add(-1);
            return kind.size() - 1;
        }

        /** A split that goes on to {@code first} or to {@code second}. */
        int split(int first, int second) {
            int s = add(SPLIT, 0, first);
            other.set(s, second);
            return s;
        }

        /** Any number of code points of kind {@code k}, then {@code then}. */
        int star(byte k, int then) {
            int loop = split(-1, then);
            int step = add(k, 0, loop);
            next.set(loop, step);
            return loop;
        }
    }
}
