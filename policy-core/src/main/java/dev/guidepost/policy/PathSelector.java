package dev.guidepost.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Selects files by path and language: the union of the include globs (all files when there are
 * none), minus the exclude globs, limited to some languages, minus other selectors. Used for
 * named scopes and for a rule's {@code files}, {@code exclude} and {@code in}.
 */
public final class PathSelector {

    private static final PathSelector ALL = new PathSelector(List.of(), List.of(), Set.of(), List.of(), List.of());

    private final List<Glob> include;
    private final List<Glob> exclude;
    private final Set<String> languages;
    private final List<PathSelector> within;
    private final List<PathSelector> without;

    private PathSelector(List<Glob> include, List<Glob> exclude, Set<String> languages,
            List<PathSelector> within, List<PathSelector> without) {
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
        this.languages = Set.copyOf(languages);
        this.within = List.copyOf(within);
        this.without = List.copyOf(without);
    }

    /** The include globs written in {@code files} (empty: every file). */
    public List<Glob> includes() {
        return include;
    }

    /** Every file. */
    public static PathSelector all() {
        return ALL;
    }

    /**
     * A selector from globs; an include glob written with a leading '!' excludes.
     *
     * @param within the file must match at least one of these (empty: no constraint)
     * @param without the file must match none of these
     */
    public static PathSelector of(List<Glob> include, List<Glob> exclude, Set<String> languages,
            List<PathSelector> within, List<PathSelector> without) {
        List<Glob> in = include.stream().filter(g -> !g.negated()).toList();
        List<Glob> out = new java.util.ArrayList<>(exclude);
        include.stream().filter(Glob::negated).forEach(out::add);
        return new PathSelector(in, out, languages, within, without);
    }

    /** A selector of the given include globs only. */
    public static PathSelector ofGlobs(List<Glob> include) {
        return of(include, List.of(), Set.of(), List.of(), List.of());
    }

    /** This selector with more exclude globs, as a policy override adds them. */
    public PathSelector excluding(List<Glob> more) {
        List<Glob> out = new java.util.ArrayList<>(exclude);
        out.addAll(more);
        return new PathSelector(include, out, languages, within, without);
    }

    /** True when a file at {@code path} in {@code language} ("" when unknown) is selected. */
    public boolean matches(String path, String language) {
        return matches(path, language, null);
    }

    /**
     * As {@link #matches(String, String)} for one file, remembering in {@code seen} (null: nothing
     * remembered) the answer of this selector and of the selectors it is limited by: the rules of a
     * policy share their scopes ({@code in: production}), and each is then decided once per file.
     */
    public boolean matches(String path, String language, Map<PathSelector, Boolean> seen) {
        if (seen == null) {
            return decide(path, language, null);
        }
        Boolean known = seen.get(this);
        if (known == null) {
            known = decide(path, language, seen);
            seen.put(this, known);
        }
        return known;
    }

    private boolean decide(String path, String language, Map<PathSelector, Boolean> seen) {
        if (!languages.isEmpty() && !languages.contains(language)) {
            return false;
        }
        for (PathSelector selector : within) {
            if (!selector.matches(path, language, seen)) {
                continue;
            }
            return selectedByGlobs(path, language, seen);
        }
        return within.isEmpty() && selectedByGlobs(path, language, seen);
    }

    private boolean selectedByGlobs(String path, String language, Map<PathSelector, Boolean> seen) {
        // loops, not streams: this runs for every file and scope of a check
        if (!include.isEmpty() && !anyMatches(include, path)) {
            return false;
        }
        if (anyMatches(exclude, path)) {
            return false;
        }
        for (PathSelector selector : without) {
            if (selector.matches(path, language, seen)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyMatches(List<Glob> globs, String path) {
        for (int i = 0, n = globs.size(); i < n; i++) {
            if (globs.get(i).matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** True when a path, whatever its language, is selected by the globs alone. */
    public boolean matchesPath(String path) {
        if (!include.isEmpty() && !anyMatches(include, path)) {
            return false;
        }
        if (anyMatches(exclude, path)) {
            return false;
        }
        if (!within.isEmpty() && within.stream().noneMatch(s -> s.matchesPath(path))) {
            return false;
        }
        return without.stream().noneMatch(s -> s.matchesPathStrictly(path));
    }

    private boolean matchesPathStrictly(String path) {
        return languages.isEmpty() && matchesPath(path);
    }

    /** True when this selector selects every file. */
    public boolean isAll() {
        return include.isEmpty() && exclude.isEmpty() && languages.isEmpty() && within.isEmpty() && without.isEmpty();
    }

    @Override
    public String toString() {
        return "PathSelector" + include + (exclude.isEmpty() ? "" : " except " + exclude)
                + (languages.isEmpty() ? "" : " in " + new java.util.TreeSet<>(languages))
                + (within.isEmpty() ? "" : " within " + within) + (without.isEmpty() ? "" : " without " + without);
    }
}
