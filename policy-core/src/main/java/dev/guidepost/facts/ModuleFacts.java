package dev.guidepost.facts;

import java.util.List;

/**
 * What one Python module contributes to the project facts: its classes and the routes it wires.
 *
 * @param classes the module's classes, outer before inner
 * @param routes the {@code as_view({...})} and router {@code register(...)} calls it makes
 */
public record ModuleFacts(List<ClassFact> classes, List<Route> routes) {

    /** A module that says nothing. */
    public static final ModuleFacts EMPTY = new ModuleFacts(List.of(), List.of());

    public ModuleFacts {
        classes = List.copyOf(classes);
        routes = List.copyOf(routes);
    }
}
