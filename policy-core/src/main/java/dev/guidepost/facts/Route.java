package dev.guidepost.facts;

import java.util.Map;
import java.util.Set;

/**
 * One place where a module wires a view class to URLs: {@code FooViewSet.as_view({"get": "list"})}
 * names the actions it routes, a router's {@code register(prefix, FooViewSet)} routes every action
 * a router generates ({@link #ROUTER_ACTIONS}).
 *
 * @param path the module that writes the call, relative to the repository root
 * @param line the line of the call
 * @param target the class as written ({@code views.FooViewSet}), resolved through {@code imports}
 * @param actions the action names the call wires to the class
 * @param imports the names the module binds by import (as {@link ClassFact#imports()})
 */
public record Route(String path, int line, String target, Set<String> actions, Map<String, String> imports) {

    /** The actions a REST framework router generates for a registered viewset (extra actions aside). */
    public static final Set<String> ROUTER_ACTIONS = Set.of("list", "create", "retrieve", "update",
            "partial_update", "destroy");

    public Route {
        actions = Set.copyOf(actions);
        imports = Map.copyOf(imports);
    }
}
