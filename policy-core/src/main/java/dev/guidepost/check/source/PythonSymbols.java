package dev.guidepost.check.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * tree-sitter-python's symbol and field ids by name, read from the grammar tables, so the Java
 * parser writes the same ids as the native parse. A few names belong to two visible symbols (a rule
 * and a hidden rule always aliased to it, such as {@code block}); nodes carry the one the grammar's
 * public symbol map chooses, which the tables do not tell, so a small reference text is parsed
 * natively once and the ids its tree holds settle those names. Each symbol is given as the first
 * int of a node record: the id, with the named flag in the high half.
 */
final class PythonSymbols {

    private final Map<String, Integer> named = new HashMap<>();
    private final Map<String, Integer> anonymous = new HashMap<>();
    private final Map<String, Integer> fields = new HashMap<>();

    /** Python text whose tree holds every node kind that shares its name with another symbol. */
    private static final String REFERENCE = "if a:\n    pass\nwith a as b:\n    pass\n[c] = (d,) = e\nf = lambda: 0\n";

    /**
     * @param reference parses text natively into the flat array of {@link TreeSitterNative#parse}
     * @throws IllegalStateException when the reference parse does not settle a shared name
     */
    PythonSymbols(TreeSitterNative.Tables tables, Function<char[], int[]> reference) {
        String[] kinds = tables.kinds();
        int[] types = tables.types();
        Map<String, List<Integer>> namedIds = new HashMap<>();
        for (int id = 0; id < kinds.length; id++) {
            int type = id < types.length ? types[id] : -1;
            if (type == 0) {
                namedIds.computeIfAbsent(kinds[id], k -> new ArrayList<>()).add(id);
            } else if (type == 1) {
                anonymous.putIfAbsent(kinds[id], id);
            }
        }
        Set<Integer> seen = null;
        for (Map.Entry<String, List<Integer>> entry : namedIds.entrySet()) {
            List<Integer> ids = entry.getValue();
            int chosen = ids.get(0);
            if (ids.size() > 1) {
                if (seen == null) {
                    seen = symbolsIn(reference.apply(REFERENCE.toCharArray()));
                }
                List<Integer> used = new ArrayList<>(ids);
                used.retainAll(seen);
                if (used.size() != 1) {
                    throw new IllegalStateException("cannot tell which symbol tree-sitter-python gives " + entry.getKey());
                }
                chosen = used.get(0);
            }
            named.put(entry.getKey(), chosen | TreeSitterNative.FLAG_NAMED << 16);
        }
        String[] names = tables.fields();
        for (int id = 1; id < names.length; id++) {
            if (names[id] != null) {
                fields.putIfAbsent(names[id], id);
            }
        }
    }

    private static Set<Integer> symbolsIn(int[] flat) {
        Set<Integer> result = new HashSet<>();
        for (int i = 0; i < flat[0]; i++) {
            result.add(flat[2 + i * TreeSitterNative.NODE_INTS] & 0xFFFF);
        }
        return result;
    }

    /** The record word of a named node kind. */
    int named(String kind) {
        Integer word = named.get(kind);
        if (word == null) {
            throw new IllegalStateException("tree-sitter-python has no node kind " + kind);
        }
        return word;
    }

    /** The record word of an anonymous node (a keyword or operator), or -1 if the grammar has none. */
    int anonymous(String text) {
        return anonymous.getOrDefault(text, -1);
    }

    int field(String name) {
        Integer id = fields.get(name);
        if (id == null) {
            throw new IllegalStateException("tree-sitter-python has no field " + name);
        }
        return id;
    }
}
