package dev.guidepost.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one Python class of the project says about itself, read from its module's text.
 *
 * @param path the module, relative to the repository root
 * @param line the line of the {@code class} statement
 * @param bases the bases as written ({@code viewsets.ModelViewSet}), keyword arguments left out
 * @param attributes class-level assignments: name to the assigned expression as written
 * @param methods the methods defined in the body: name to the attribute names their body reads
 *     ({@code obj.customer.name} reads {@code customer} and {@code name})
 * @param meta the assignments of the inner {@code class Meta}
 * @param mentioned which of the policy's {@code mentions} patterns the class's source matches
 * @param imports the names the module binds by import outside its classes, each to the dotted name
 *     it stands for ({@code from rest_framework import viewsets} binds {@code viewsets} to
 *     {@code rest_framework.viewsets}; relative imports are made absolute from the module's path)
 */
public record ClassFact(String path, String name, int line, List<String> bases, Map<String, String> attributes,
        Map<String, Set<String>> methods, Map<String, String> meta, Set<String> mentioned,
        Map<String, String> imports) {

    public ClassFact {
        bases = List.copyOf(bases);
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        methods = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(methods));
        meta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
        mentioned = Set.copyOf(mentioned);
        imports = Map.copyOf(imports);
    }

    /**
     * By the module, name and line, which tell a class apart: the facts key their memos by class,
     * and the record's own hash reads every map (the module's imports, each method's reads).
     */
    @Override
    public int hashCode() {
        return (path.hashCode() * 31 + name.hashCode()) * 31 + line;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ClassFact c && line == c.line && path.equals(c.path)
                && name.equals(c.name) && bases.equals(c.bases) && attributes.equals(c.attributes)
                && methods.equals(c.methods) && meta.equals(c.meta) && mentioned.equals(c.mentioned)
                && imports.equals(c.imports);
    }

    /** A class of a module that imports nothing. */
    public ClassFact(String path, String name, int line, List<String> bases, Map<String, String> attributes,
            Map<String, Set<String>> methods, Map<String, String> meta, Set<String> mentioned) {
        this(path, name, line, bases, attributes, methods, meta, mentioned, Map.of());
    }
}
