package dev.guidepost.check.layout;

import dev.guidepost.policy.SourcePosition;
import dev.guidepost.policy.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the typed finders of {@code must-live-in} as rule bodies of the source matcher (Python
 * grammar), placed where the user wrote the typed form so that any problem points there.
 */
final class FinderBody {

    private final SourcePosition at;

    private FinderBody(SourcePosition at) {
        this.at = at;
    }

    /**
     * Class definitions with a base (a name or dotted name, keyword arguments and type arguments aside:
     * {@code ModelViewSet[Tag]} is a {@code ModelViewSet}) matching.
     */
    static YamlNode.Mapping classesExtending(String regex, SourcePosition at) {
        FinderBody b = new FinderBody(at);
        YamlNode.Sequence names = b.list(b.map("kind", b.text("identifier")), b.map("kind", b.text("attribute")));
        YamlNode.Mapping name = b.map("any", names, "regex", b.text(regex));
        YamlNode.Mapping typed = b.map("kind", b.text("subscript"),
                "has", b.map("field", b.text("value"), "any", names, "regex", b.text(regex)));
        return b.map("kind", b.text("class_definition"),
                "has", b.map("field", b.text("superclasses"), "has", b.map("any", b.list(name, typed))));
    }

    /** Decorated function definitions with a decorator whose name (call arguments aside) matches. */
    static YamlNode.Mapping functionsDecoratedWith(String regex, SourcePosition at) {
        FinderBody b = new FinderBody(at);
        YamlNode.Mapping decoratorName = b.map("any", b.list(
                b.map("kind", b.text("identifier"), "regex", b.text(regex)),
                b.map("kind", b.text("attribute"), "regex", b.text(regex)),
                b.map("kind", b.text("call"), "has", b.map("field", b.text("function"), "regex", b.text(regex)))));
        return b.map("kind", b.text("decorated_definition"),
                "all", b.list(
                        b.map("has", b.map("field", b.text("definition"), "kind", b.text("function_definition"))),
                        b.map("has", b.map("kind", b.text("decorator"), "has", decoratorName))));
    }

    /** Calls whose callee, as written, matches. */
    static YamlNode.Mapping calls(String regex, SourcePosition at) {
        FinderBody b = new FinderBody(at);
        return b.map("kind", b.text("call"), "has", b.map("field", b.text("function"), "regex", b.text(regex)));
    }

    private YamlNode.Scalar text(String value) {
        return new YamlNode.Scalar(value, true, at);
    }

    private YamlNode.Sequence list(YamlNode... items) {
        return new YamlNode.Sequence(List.of(items), at);
    }

    private YamlNode.Mapping map(Object... keysAndValues) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            entries.put(key, new YamlNode.Entry(key, at, (YamlNode) keysAndValues[i + 1]));
        }
        return new YamlNode.Mapping(entries, at);
    }
}
