package dev.guidepost.facts;

import dev.guidepost.workspace.FileText;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of one repository's Python classes, computed once per run and shared by every rule:
 * each class with its bases, attributes, methods and {@code Meta}; base classes followed by name
 * across files (the project's own base views, viewsets and mixins); the models with their relation
 * fields ({@code ForeignKey}, {@code OneToOneField}, {@code ManyToManyField} and their kin) and the
 * reverse accessors declared with {@code related_name}; and which serializers and tables render
 * relations per row. Immutable once built (answers are memoised in thread-safe maps).
 *
 * <p>Classes are known by their simple name: a base written {@code views.BaseViewSet} is the
 * project's class {@code BaseViewSet}. When several classes share a name, a question about that
 * name holds when it holds for one of them. Test modules and migrations are not read.
 */
public final class ProjectFacts {

    /** No facts: every class is unknown. */
    public static final ProjectFacts NONE = new ProjectFacts(List.of());

    private static final Pattern RELATION = Pattern.compile("^(?:[\\w.]*\\.)?(ForeignKey|OneToOneField|ManyToManyField"
            + "|ParentalKey|ParentalManyToManyField|TreeForeignKey|TreeManyToManyField|TreeOneToOneField|GenericRelation"
            + "|GenericForeignKey|ForeignObject)\\s*\\((.*)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern RELATED_NAME = Pattern.compile("related_name\\s*=\\s*['\"]([\\w]+)['\"]");
    private static final Pattern CALL = Pattern.compile("^([\\w.]+)\\s*\\((.*)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("\\bsource\\s*=\\s*['\"]([\\w.]+)['\"]");
    private static final Pattern ACCESSOR = Pattern.compile("\\baccessor\\s*=\\s*(?:\\w+\\.)*(?:A|Accessor)?\\(?\\s*['\"]([\\w.]+)['\"]");
    private static final Pattern METHOD_NAME = Pattern.compile("\\bmethod_name\\s*=\\s*['\"](\\w+)['\"]");
    private static final Pattern STRING = Pattern.compile("['\"](\\w+)['\"]");
    private static final int MAX_DEPTH = 24;

    /** The kinds of relation a model field or accessor is. */
    public enum Relation {
        /** A foreign key or one-to-one field: one related object per row. */
        FORWARD_ONE,
        /** A many-to-many field or generic relation: a set of objects per row. */
        FORWARD_MANY,
        /** A reverse accessor declared with {@code related_name} on another model's field. */
        REVERSE
    }

    /** What a policy needs of the facts: whether it asks at all, and the {@code mentions} patterns it tests. */
    public record Demand(boolean used, Set<String> mentions) {

        /** A policy that asks nothing. */
        public static final Demand NONE = new Demand(false, Set.of());

        public Demand {
            mentions = Set.copyOf(mentions);
        }

        /** Both demands together. */
        public Demand and(Demand other) {
            Set<String> both = new TreeSet<>(mentions);
            both.addAll(other.mentions);
            return new Demand(used || other.used, both);
        }
    }

    private final List<ClassFact> classes;
    private final Map<String, List<ClassFact>> byName = new HashMap<>();
    private final Map<ClassFact, Map<String, Relation>> relations = new HashMap<>();
    private final Map<String, Map<String, Relation>> reverse = new HashMap<>();
    private final Map<ClassFact, List<ClassFact>> lineages = new ConcurrentHashMap<>();
    private final Map<ClassFact, Boolean> renders = new ConcurrentHashMap<>();

    /** Facts of the given classes (in a stable order). */
    public ProjectFacts(Collection<ClassFact> classes) {
        this.classes = List.copyOf(classes);
        for (ClassFact c : this.classes) {
            byName.computeIfAbsent(c.name(), n -> new ArrayList<>()).add(c);
            Map<String, Relation> own = new LinkedHashMap<>();
            for (Map.Entry<String, String> attribute : c.attributes().entrySet()) {
                Matcher m = RELATION.matcher(attribute.getValue());
                if (!m.find()) {
                    continue;
                }
                String kind = m.group(1);
                Relation relation = kind.contains("Many") || kind.equals("GenericRelation") ? Relation.FORWARD_MANY
                        : Relation.FORWARD_ONE;
                own.put(attribute.getKey(), relation);
                List<String> arguments = PythonClasses.splitTopLevel(m.group(2));
                Matcher related = RELATED_NAME.matcher(m.group(2));
                if (!arguments.isEmpty() && related.find() && !related.group(1).isEmpty()) {
                    String target = simpleName(arguments.get(0).strip().replaceAll("^(?:to\\s*=\\s*)?['\"]?|['\"]$", ""));
                    if (target.equals("self")) {
                        target = c.name();
                    }
                    reverse.computeIfAbsent(target, t -> new LinkedHashMap<>()).put(related.group(1), Relation.REVERSE);
                }
            }
            relations.put(c, own);
        }
    }

    /**
     * Reads the classes of every Python module of {@code workspace} except tests and migrations,
     * in one pass over their text; empty when {@code demand} asks for nothing.
     */
    public static ProjectFacts scan(Workspace workspace, Demand demand) {
        return scan(workspace, demand, FileMemo.NONE);
    }

    /**
     * Where {@link #scan(Workspace, Demand, FileMemo)} may take the classes of a file from instead of
     * reading the file again, for a caller that scans the same repository many times (the hook
     * server). Must be thread-safe; it decides when a remembered answer is still right.
     */
    public interface FileMemo {

        /** No memo: every file is read. */
        FileMemo NONE = (file, demand, read) -> read.get();

        /** The classes of {@code file} under {@code demand}: remembered ones when still right, else {@code read}'s. */
        List<ClassFact> classes(WorkspaceFile file, Demand demand, java.util.function.Supplier<List<ClassFact>> read);
    }

    /** As {@link #scan(Workspace, Demand)}, asking {@code memo} for each file's classes. */
    public static ProjectFacts scan(Workspace workspace, Demand demand, FileMemo memo) {
        if (!demand.used()) {
            return NONE;
        }
        List<com.google.re2j.Pattern> mentions = demand.mentions().stream().map(com.google.re2j.Pattern::compile).toList();
        List<ClassFact> classes = workspace.files().parallelStream()
                .filter(file -> file.language().equals("python") && !skipped(file.path())
                        && file.size() <= FileText.MAX_BYTES)
                .flatMap(file -> memo.classes(file, demand, () -> read(file, mentions)).stream())
                .toList();
        return new ProjectFacts(classes);
    }

    private static List<ClassFact> read(WorkspaceFile file, List<com.google.re2j.Pattern> mentions) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.absolutePath());
        } catch (IOException e) {
            return List.of(); // the file rules note an unreadable file
        }
        Optional<String> text = FileText.decode(bytes).text();
        return text.isPresent() && text.get().contains("class ")
                ? PythonClasses.read(file.path(), text.get(), mentions) : List.of();
    }

    /** Test modules, test folders and migrations say nothing about the production classes. */
    static boolean skipped(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return path.contains("/migrations/") || path.startsWith("migrations/") || path.startsWith("tests/")
                || path.contains("/tests/") || path.contains("/test/") || name.startsWith("test_")
                || name.endsWith("_test.py") || name.equals("tests.py") || name.equals("conftest.py");
    }

    /** How many classes are known. */
    public int size() {
        return classes.size();
    }

    /** A digest of every fact, so that results computed with other facts are not reused. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ClassFact c : classes) {
                // lines left out: adding lines above a class changes no fact
                String fact = String.join("\u0000", c.path(), c.name(), c.bases().toString(), c.attributes().toString(),
                        c.methods().toString(), c.meta().toString(), new TreeSet<>(c.mentioned()).toString());
                digest.update(fact.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last part of a dotted name ({@code views.BaseViewSet} → {@code BaseViewSet}). */
    public static String simpleName(String name) {
        String s = name.strip();
        return s.substring(s.lastIndexOf('.') + 1);
    }

    /** The project's classes of this (simple) name. */
    public List<ClassFact> named(String name) {
        return byName.getOrDefault(simpleName(name), List.of());
    }

    /** The class and its ancestors that the project defines, nearest first (breadth-first, each once). */
    public List<ClassFact> lineage(ClassFact start) {
        return lineages.computeIfAbsent(start, this::computeLineage);
    }

    private List<ClassFact> computeLineage(ClassFact start) {
        Set<ClassFact> seen = new LinkedHashSet<>();
        Deque<ClassFact> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty() && seen.size() < MAX_DEPTH * 4) {
            ClassFact c = queue.poll();
            if (!seen.add(c)) {
                continue;
            }
            for (String base : c.bases()) {
                for (ClassFact b : named(base)) {
                    if (!seen.contains(b) && !(b.name().equals(c.name()) && b.path().equals(c.path()))) {
                        queue.add(b);
                    }
                }
            }
        }
        return List.copyOf(seen);
    }

    /** Every base written in the lineage, as written. */
    public List<String> ancestry(ClassFact c) {
        List<String> out = new ArrayList<>();
        for (ClassFact k : lineage(c)) {
            out.addAll(k.bases());
        }
        return out;
    }

    /** The bases of the lineage that the project does not define (REST framework's, Django's, a library's). */
    public List<String> externalBases(ClassFact c) {
        return ancestry(c).stream().filter(b -> named(b).isEmpty()).toList();
    }

    /** The nearest value of a class attribute whose name matches, in the lineage. */
    public Optional<String> attribute(ClassFact c, com.google.re2j.Pattern name) {
        for (ClassFact k : lineage(c)) {
            for (Map.Entry<String, String> a : k.attributes().entrySet()) {
                if (name.matcher(a.getKey()).matches()) {
                    return Optional.of(a.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The nearest {@code Meta} value of this name in the lineage. */
    public Optional<String> meta(ClassFact c, String key) {
        for (ClassFact k : lineage(c)) {
            String value = k.meta().get(key);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * The relations of a model: its relation fields and those of its project ancestors (abstract
     * models), and the reverse accessors other models declare on it with {@code related_name}.
     */
    public Map<String, Relation> relations(ClassFact model) {
        Map<String, Relation> out = new LinkedHashMap<>();
        for (ClassFact k : lineage(model)) {
            relations.getOrDefault(k, Map.of()).forEach(out::putIfAbsent);
            reverse.getOrDefault(k.name(), Map.of()).forEach(out::putIfAbsent);
        }
        return out;
    }

    /** The model a class is about: itself when it has relation fields or a model base, else its {@code Meta.model}. */
    public Optional<ClassFact> model(ClassFact c) {
        Optional<String> meta = meta(c, "model");
        if (meta.isPresent() && meta.get().matches("[\\w.]+")) {
            List<ClassFact> models = named(meta.get());
            return models.isEmpty() ? Optional.empty() : Optional.of(models.get(0));
        }
        return Optional.of(c);
    }

    /** Does a class (a model, or a class whose {@code Meta.model} is one) have relations? */
    public boolean hasRelations(ClassFact c) {
        return model(c).map(m -> !relations(m).isEmpty()).orElse(false);
    }

    /**
     * Does a serializer or table read relations for each row it renders? A nested serializer, a
     * {@code StringRelatedField} or {@code SlugRelatedField}, a dotted {@code source=} or table
     * {@code accessor=}, a method field whose method reads a relation, a table column or a
     * {@code Meta.fields} entry naming a relation (for a serializer only a many-valued one: a
     * foreign key is rendered by its id, which needs no query), {@code fields = "__all__"} with
     * many-valued relations, or {@code Meta.depth}. Without a known model, any dotted source and
     * any method reading two levels deep count.
     */
    public boolean rendersRelations(ClassFact c) {
        Boolean known = renders.get(c);
        if (known != null) {
            return known;
        }
        boolean answer = computeRenders(c);
        renders.put(c, answer);
        return answer;
    }

    private boolean computeRenders(ClassFact c) {
        boolean table = ancestry(c).stream().anyMatch(b -> simpleName(b).endsWith("Table"));
        Optional<String> modelName = meta(c, "model");
        Map<String, Relation> rels = modelName.filter(m -> m.matches("[\\w.]+")).map(this::named)
                .filter(l -> !l.isEmpty()).map(l -> relations(l.get(0))).orElse(null);
        Set<String> declared = new LinkedHashSet<>();
        for (ClassFact k : lineage(c)) {
            for (Map.Entry<String, String> a : k.attributes().entrySet()) {
                if (!declared.add(a.getKey())) {
                    continue; // overridden nearer
                }
                Matcher call = CALL.matcher(a.getValue());
                if (!call.find()) {
                    continue;
                }
                String callee = simpleName(call.group(1));
                String arguments = call.group(2);
                if (callee.endsWith("Serializer") && arguments.matches("(?s).*\\bsource\\s*=\\s*['\"]\\*['\"].*")) {
                    continue; // source="*": the same object rendered by another serializer, no relation
                }
                if (callee.endsWith("Serializer") && rels != null && !rendersRelation(a.getKey(), arguments, rels)) {
                    continue; // a nested serializer of a method or property of the row itself
                }
                if (callee.endsWith("Serializer") || callee.equals("StringRelatedField")
                        || callee.equals("SlugRelatedField")) {
                    return true;
                }
                if (dotted(SOURCE.matcher(arguments), rels) || dotted(ACCESSOR.matcher(arguments), rels)) {
                    return true;
                }
                if (callee.equals("SerializerMethodField")) {
                    Matcher named = METHOD_NAME.matcher(arguments);
                    String method = named.find() ? named.group(1) : "get_" + a.getKey();
                    if (methodReadsRelation(c, method, rels)) {
                        return true;
                    }
                }
                if (table && callee.endsWith("Column") && rels != null && rels.containsKey(a.getKey())) {
                    return true;
                }
            }
        }
        Optional<String> depth = meta(c, "depth");
        if (depth.isPresent() && depth.get().matches("[1-9]\\d*") && (rels == null || !rels.isEmpty())) {
            return true;
        }
        Optional<String> fields = meta(c, "fields");
        if (fields.isPresent() && rels != null) {
            if (fields.get().matches("['\"]__all__['\"]")) {
                return rels.values().stream().anyMatch(r -> r == Relation.FORWARD_MANY || table && r == Relation.FORWARD_ONE);
            }
            Matcher names = STRING.matcher(fields.get());
            while (names.find()) {
                Relation r = rels.get(names.group(1));
                if (r != null && (table || r != Relation.FORWARD_ONE)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Does a field named {@code name} with these arguments read a relation of the row (its {@code source=}, else its name)? */
    private static boolean rendersRelation(String name, String arguments, Map<String, Relation> rels) {
        Matcher source = SOURCE.matcher(arguments);
        String path = source.find() ? source.group(1) : name;
        int dot = path.indexOf('.');
        return rels.containsKey(dot < 0 ? path : path.substring(0, dot));
    }

    private static boolean dotted(Matcher source, Map<String, Relation> rels) {
        if (!source.find()) {
            return false;
        }
        String path = source.group(1).replace("__", ".");
        int dot = path.indexOf('.');
        if (dot < 0) {
            return rels != null && rels.containsKey(path) && rels.get(path) != Relation.FORWARD_ONE;
        }
        return rels == null || rels.containsKey(path.substring(0, dot));
    }

    private boolean methodReadsRelation(ClassFact c, String method, Map<String, Relation> rels) {
        for (ClassFact k : lineage(c)) {
            Set<String> reads = k.methods().get(method);
            if (reads == null) {
                continue;
            }
            if (rels == null) {
                return reads.size() >= 2;
            }
            return reads.stream().anyMatch(rels::containsKey);
        }
        return false;
    }
}
