package dev.guidepost.facts;

import dev.guidepost.EqualityContract;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Class facts compare by every component (their hash reads only the module, name and line, which
 * equal facts share), and so do the fact tests whose methods are written out.
 */
class ClassFactEqualityTest {

    private static ClassFact fact(String path, String name, int line, List<String> bases, Map<String, String> attributes,
            Map<String, Set<String>> methods, Map<String, String> meta, Set<String> mentioned, Map<String, String> imports) {
        return new ClassFact(path, name, line, bases, attributes, methods, meta, mentioned, imports);
    }

    @Test
    void classFactsDifferInEachPart() {
        List<String> bases = List.of("Base");
        Map<String, String> attributes = Map.of("a", "1");
        Map<String, Set<String>> methods = Map.of("m", Set.of("x"));
        Map<String, String> meta = Map.of("model", "M");
        Set<String> mentioned = Set.of("p");
        Map<String, String> imports = Map.of("Base", "app.Base");
        ClassFact fact = fact("a.py", "C", 3, bases, attributes, methods, meta, mentioned, imports);
        EqualityContract.holds(fact, fact("a.py", "C", 3, List.of("Base"), Map.of("a", "1"), Map.of("m", Set.of("x")),
                        Map.of("model", "M"), Set.of("p"), Map.of("Base", "app.Base")),
                fact("b.py", "C", 3, bases, attributes, methods, meta, mentioned, imports),
                fact("a.py", "D", 3, bases, attributes, methods, meta, mentioned, imports),
                fact("a.py", "C", 4, bases, attributes, methods, meta, mentioned, imports),
                fact("a.py", "C", 3, List.of(), attributes, methods, meta, mentioned, imports),
                fact("a.py", "C", 3, bases, Map.of("a", "2"), methods, meta, mentioned, imports),
                fact("a.py", "C", 3, bases, attributes, Map.of("m", Set.of("y")), meta, mentioned, imports),
                fact("a.py", "C", 3, bases, attributes, methods, Map.of(), mentioned, imports),
                fact("a.py", "C", 3, bases, attributes, methods, meta, Set.of(), imports),
                fact("a.py", "C", 3, bases, attributes, methods, meta, mentioned, Map.of()));
    }

    @Test
    void factTestsDifferByRegexAndKind() {
        Pattern views = Pattern.compile("View");
        EqualityContract.holds(new FactTest.Extends(views), new FactTest.Extends(views),
                new FactTest.Extends(Pattern.compile("Form")), new FactTest.ExternalBases(views));
        EqualityContract.holds(new FactTest.ExternalBases(views), new FactTest.ExternalBases(views),
                new FactTest.ExternalBases(Pattern.compile("Form")));
    }
}
