package dev.guidepost.check.layout;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.guidepost.check.source.SourceRule;
import dev.guidepost.check.source.SyntaxTree;
import dev.guidepost.engine.Parser;
import dev.guidepost.engine.Prefilter;

/**
 * One entry of {@code must-live-in}: what to look for in the unit's Python files (compiled for
 * the source matcher) with the parser its tree needs, the prefilter a file must pass to possibly hold a match, and the files
 * (globs) where such a thing may be defined.
 */
record Placement(Finder finder, SourceRule rule, Parser<SyntaxTree> parser, Prefilter prefilter, List<PathTemplate> allowed,
        Optional<String> message) {

    Placement {
        allowed = List.copyOf(allowed);
    }

    /** What a placement looks for. */
    sealed interface Finder {
        /** A short description for messages, such as "class extending ViewSet$". */
        String describe();
    }

    /** Classes with a base class whose name (dotted, as written) contains a match of the regex. */
    record ClassesExtending(Pattern base) implements Finder {
        @Override
        public String describe() {
            return "class extending /" + base.pattern() + "/";
        }
    }

    /** Functions with a decorator whose name (dotted, as written, call arguments aside) matches. */
    record FunctionsDecoratedWith(Pattern decorator) implements Finder {
        @Override
        public String describe() {
            return "function decorated with /" + decorator.pattern() + "/";
        }
    }

    /** Calls whose callee (dotted, as written) matches. */
    record Calls(Pattern callee) implements Finder {
        @Override
        public String describe() {
            return "call of /" + callee.pattern() + "/";
        }
    }

    /** A rule body of the source matcher ({@code pattern}, {@code kind}, …), kept as written. */
    record SourcePattern(dev.guidepost.policy.YamlNode.Mapping body) implements Finder {
        @Override
        public String describe() {
            return "source pattern";
        }
    }
}
