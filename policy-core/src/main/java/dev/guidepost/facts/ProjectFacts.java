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
 * <p>A name written in a module is resolved through that module's imports ({@link #resolve}):
 * {@code from shop.api.views import BaseViewSet} stands for the class of that module or package,
 * and a name imported from a library stands for no project class. A name the imports do not bind
 * (a star import) stands for every project class of that simple name, and so does one imported
 * from a project module that re-exports it from elsewhere. Test modules and migrations are not read.
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
    private static final Pattern RELATED_MANY = Pattern.compile("PrimaryKeyRelatedField|HyperlinkedRelatedField|ManyRelatedField");
    private static final Pattern MANY = Pattern.compile("\\bmany\\s*=\\s*True\\b");
    private static final Pattern WRITE_ONLY = Pattern.compile("\\bwrite_only\\s*=\\s*True\\b");
    private static final Pattern LITERAL_NAMES = Pattern.compile("[\\[(]\\s*(?:['\"]\\w+['\"]\\s*,\\s*)*(?:['\"]\\w+['\"]\\s*,?\\s*)?[\\])]");
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
    private final List<Route> routes;
    private final Map<String, List<ClassFact>> byName;
    /** The classes of each module by path, so that a module's own classes are found without a search by name. */
    private final Map<String, List<ClassFact>> byPath;
    private final Map<ClassFact, Map<String, Relation>> relations;
    private final Map<String, Map<String, Relation>> reverse;
    // memos, shared by the views of other modules (their answers do not depend on the module asking)
    private final Map<ClassFact, List<ClassFact>> lineages;
    private final Map<ClassFact, List<String>> externals;
    private final Map<ClassFact, Optional<String>> renders;
    private final Map<String, Map<String, String>> importsByPath;
    private final Set<String> modules;
    private final Map<String, Boolean> projectModules;
    private final java.util.concurrent.atomic.AtomicReference<Map<ClassFact, List<ClassFact>>> bases;
    private final java.util.concurrent.atomic.AtomicReference<Map<ClassFact, Set<String>>> routed;
    /** The module rules are asked from ({@link #in}), or null. */
    private final String here;

    /** Facts of the given classes (in a stable order), with no routes. */
    public ProjectFacts(Collection<ClassFact> classes) {
        this(classes, List.of());
    }

    /** Facts of the given classes and the routes the project wires (both in a stable order). */
    public ProjectFacts(Collection<ClassFact> classes, Collection<Route> routes) {
        this.classes = List.copyOf(classes);
        this.routes = List.copyOf(routes);
        this.routed = new java.util.concurrent.atomic.AtomicReference<>();
        this.here = null;
        this.lineages = new ConcurrentHashMap<>();
        this.externals = new ConcurrentHashMap<>();
        this.renders = new ConcurrentHashMap<>();
        this.projectModules = new ConcurrentHashMap<>();
        this.bases = new java.util.concurrent.atomic.AtomicReference<>();
        this.byName = new HashMap<>();
        this.byPath = new HashMap<>();
        this.relations = new HashMap<>();
        this.reverse = new HashMap<>();
        this.importsByPath = new HashMap<>();
        this.modules = new TreeSet<>();
        // the relation fields of each class are read on every core (a regex per attribute), the maps filled in order
        List<Fields> fields = this.classes.parallelStream().map(ProjectFacts::fields).toList();
        for (int i = 0; i < this.classes.size(); i++) {
            ClassFact c = this.classes.get(i);
            byName.computeIfAbsent(c.name(), n -> new ArrayList<>()).add(c);
            byPath.computeIfAbsent(c.path(), n -> new ArrayList<>()).add(c);
            importsByPath.putIfAbsent(c.path(), c.imports());
            modules.add(PythonClasses.moduleOf(c.path()));
            Fields f = fields.get(i);
            for (Map.Entry<String, String> accessor : f.reverse()) {
                reverse.computeIfAbsent(accessor.getValue(), t -> new LinkedHashMap<>())
                        .put(accessor.getKey(), Relation.REVERSE);
            }
            relations.put(c, f.own());
        }
    }

    /**
     * The relation fields a class declares, and the reverse accessors they declare on other models
     * (each {@code related_name} with the target's simple name), in the order of the class's attributes.
     */
    private record Fields(Map<String, Relation> own, List<Map.Entry<String, String>> reverse) {
    }

    private static Fields fields(ClassFact c) {
        Map<String, Relation> own = new LinkedHashMap<>();
        List<Map.Entry<String, String>> accessors = new ArrayList<>();
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
                accessors.add(Map.entry(related.group(1), target));
            }
        }
        return new Fields(own, accessors);
    }

    /** The same facts, asked from the module at {@code path} (names resolve through its imports). */
    private ProjectFacts(ProjectFacts all, String path) {
        this.classes = all.classes;
        this.routes = all.routes;
        this.routed = all.routed;
        this.here = path;
        this.lineages = all.lineages;
        this.externals = all.externals;
        this.renders = all.renders;
        this.projectModules = all.projectModules;
        this.bases = all.bases;
        this.byName = all.byName;
        this.byPath = all.byPath;
        this.relations = all.relations;
        this.reverse = all.reverse;
        this.importsByPath = all.importsByPath;
        this.modules = all.modules;
    }

    /**
     * These facts as seen from the module at {@code path}: {@link #resolveHere} follows that
     * module's imports. The memos are shared with the whole.
     */
    public ProjectFacts in(String path) {
        return this == NONE ? NONE : new ProjectFacts(this, path);
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

        /** The facts of {@code file} under {@code demand}: remembered ones when still right, else {@code read}'s. */
        ModuleFacts module(WorkspaceFile file, Demand demand, java.util.function.Supplier<ModuleFacts> read);
    }

    /** As {@link #scan(Workspace, Demand)}, asking {@code memo} for each file's classes. */
    public static ProjectFacts scan(Workspace workspace, Demand demand, FileMemo memo) {
        if (!demand.used()) {
            return NONE;
        }
        List<PythonClasses.Mention> mentions = demand.mentions().stream()
                .map(m -> new PythonClasses.Mention(com.google.re2j.Pattern.compile(m))).toList();
        List<ModuleFacts> modules = workspace.files().parallelStream()
                .filter(file -> file.language().equals("python") && !skipped(file.path())
                        && file.size() <= FileText.MAX_BYTES)
                .map(file -> memo.module(file, demand, () -> read(file, mentions)))
                .toList();
        return new ProjectFacts(modules.stream().flatMap(m -> m.classes().stream()).toList(),
                modules.stream().flatMap(m -> m.routes().stream()).toList());
    }

    private static ModuleFacts read(WorkspaceFile file, List<PythonClasses.Mention> mentions) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.absolutePath());
        } catch (IOException e) {
            return ModuleFacts.EMPTY; // the file rules note an unreadable file
        }
        Optional<String> text = FileText.decode(bytes).text();
        return text.isPresent() && (text.get().contains("class ") || text.get().contains(".as_view(")
                || text.get().contains(".register(")) ? PythonClasses.module(file.path(), text.get(), mentions)
                : ModuleFacts.EMPTY;
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
            // the classes and routes of a module share its imports (one map): each map is digested
            // once, in the order first met, and a fact names it by that position
            Map<Map<String, String>, Integer> importMaps = new java.util.IdentityHashMap<>();
            for (ClassFact c : classes) {
                importsNumber(c.imports(), importMaps, digest);
            }
            for (Route r : routes) {
                importsNumber(r.imports(), importMaps, digest);
            }
            for (ClassFact c : classes) {
                // lines left out: adding lines above a class changes no fact
                String fact = String.join("\u0000", c.path(), c.name(), c.bases().toString(), c.attributes().toString(),
                        c.methods().toString(), c.meta().toString(), new TreeSet<>(c.mentioned()).toString(),
                        String.valueOf(importMaps.get(c.imports())));
                digest.update(fact.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            for (Route r : routes) {
                String fact = String.join("\u0000", r.path(), r.target(), new TreeSet<>(r.actions()).toString(),
                        String.valueOf(importMaps.get(r.imports())));
                digest.update(fact.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Digests {@code imports} when first met (numbering it); the same map is not digested again. */
    private static void importsNumber(Map<String, String> imports, Map<Map<String, String>, Integer> numbers,
            MessageDigest digest) {
        if (!numbers.containsKey(imports)) {
            numbers.put(imports, numbers.size());
            digest.update(new java.util.TreeMap<>(imports).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }

    /** The last part of a dotted name ({@code views.BaseViewSet} → {@code BaseViewSet}). */
    public static String simpleName(String name) {
        String s = name.strip();
        return s.substring(s.lastIndexOf('.') + 1);
    }

    /**
     * The names of the project's classes for which every one of {@code tests} holds (what a file
     * must name for a {@code facts:} test on a class definition in it to hold).
     */
    public Set<String> classNamesWhere(List<FactTest> tests) {
        // on every core, one name at a time: its classes in order until one passes
        return new TreeSet<>(byName.entrySet().parallelStream()
                .filter(e -> e.getValue().stream().anyMatch(c -> FactTest.allHold(tests, List.of(c), this)))
                .map(Map.Entry::getKey).toList());
    }

    /** The project's classes of this (simple) name. */
    public List<ClassFact> named(String name) {
        return byName.getOrDefault(simpleName(name), List.of());
    }

    /**
     * The project classes a name written in the module of {@code from} stands for. When the module
     * imports the name (or its first part), only the classes of the imported module or package count,
     * and a name imported from outside the project stands for none; a name defined in the module
     * itself is that class. Otherwise (a star import, a re-export the facts cannot follow) every
     * project class of that simple name counts.
     */
    public List<ClassFact> resolve(ClassFact from, String written) {
        return resolveIn(from.path(), from.imports(), written);
    }

    /** {@link #resolve} from the module this view was made for ({@link #in}); by simple name when there is none. */
    public List<ClassFact> resolveHere(String written) {
        return here == null ? named(written) : resolveIn(here, importsByPath.getOrDefault(here, Map.of()), written);
    }

    /** The class defined in this view's module at {@code line}, by name; by name alone when the view has no module. */
    public List<ClassFact> definedHere(String name, int line) {
        List<ClassFact> all = named(name);
        // a name shared by thousands of classes (Meta, Migration, Config) is looked up among the module's own
        List<ClassFact> exact = (here == null ? all : byPath.getOrDefault(here, List.of())).stream()
                .filter(c -> c.line() == line && c.name().equals(simpleName(name))).toList();
        return exact.isEmpty() ? all : exact;
    }

    private List<ClassFact> resolveIn(String path, Map<String, String> imports, String written) {
        String name = written.strip();
        Optional<String> qualified = qualify(imports, name);
        if (qualified.isEmpty()) {
            List<ClassFact> all = named(name);
            if (!name.contains(".")) {
                List<ClassFact> local = byPath.getOrDefault(path, List.of()).stream()
                        .filter(c -> c.name().equals(simpleName(name))).toList();
                if (!local.isEmpty()) {
                    return local;
                }
            }
            return all;
        }
        String q = qualified.get();
        int dot = q.lastIndexOf('.');
        if (dot < 0) {
            return named(q);
        }
        String module = q.substring(0, dot);
        List<ClassFact> all = named(q.substring(dot + 1));
        List<ClassFact> hits = all.stream().filter(c -> within(PythonClasses.moduleOf(c.path()), module)).toList();
        if (!hits.isEmpty()) {
            return hits;
        }
        // imported from a project module that re-exports it from elsewhere: not followed, any class of the name
        return projectModule(module) ? all : List.of();
    }

    /** The dotted name a written name stands for through the module's imports, if its first part is imported. */
    private static Optional<String> qualify(Map<String, String> imports, String name) {
        int dot = name.indexOf('.');
        String head = dot < 0 ? name : name.substring(0, dot);
        String target = imports.get(head);
        return target == null ? Optional.empty() : Optional.of(dot < 0 ? target : target + name.substring(dot));
    }

    /** The name as written, or what it stands for through the imports of the module of {@code from}. */
    public String qualified(ClassFact from, String written) {
        return qualify(from.imports(), written.strip()).orElse(written.strip());
    }

    /** Is {@code module} (a dotted module of the repository, maybe under a source folder) or inside the package {@code pkg}? */
    private static boolean within(String module, String pkg) {
        return ("." + module + ".").contains("." + pkg + ".");
    }

    /** Does a dotted module name one of the project's modules or packages? */
    private boolean projectModule(String module) {
        return projectModules.computeIfAbsent(module, m -> modules.stream().anyMatch(known -> within(known, m)));
    }

    /** Does another project class name {@code c} as a base (resolved through its imports)? */
    public boolean subclassed(ClassFact c) {
        return subclasses().containsKey(c);
    }

    /**
     * The project classes below {@code c} (extending it directly or further down, across files) that no
     * project class extends in turn: the endpoints a base view serves, rather than further bases. Empty
     * for a class no project class extends.
     */
    public List<ClassFact> leaves(ClassFact c) {
        Map<ClassFact, List<ClassFact>> below = subclasses();
        List<ClassFact> leaves = new java.util.ArrayList<>();
        Set<ClassFact> seen = new java.util.HashSet<>(Set.of(c));
        java.util.ArrayDeque<ClassFact> open = new java.util.ArrayDeque<>(below.getOrDefault(c, List.of()));
        while (!open.isEmpty()) {
            ClassFact next = open.pop();
            if (!seen.add(next)) {
                continue; // a class reached twice (two bases of the same lineage), or a cycle of names
            }
            List<ClassFact> further = below.getOrDefault(next, List.of());
            if (further.isEmpty()) {
                leaves.add(next);
            }
            open.addAll(further);
        }
        return leaves;
    }

    /** Each project class another project class names as a base, with those classes (resolved through their imports). */
    private Map<ClassFact, List<ClassFact>> subclasses() {
        Map<ClassFact, List<ClassFact>> known = bases.get();
        if (known == null) {
            Map<ClassFact, List<ClassFact>> all = new java.util.HashMap<>();
            for (ClassFact k : classes) {
                for (String base : k.bases()) {
                    for (ClassFact b : resolve(k, base)) {
                        if (b != k) {
                            all.computeIfAbsent(b, x -> new java.util.ArrayList<>()).add(k);
                        }
                    }
                }
            }
            Map<ClassFact, List<ClassFact>> frozen = new java.util.HashMap<>();
            all.forEach((b, subs) -> frozen.put(b, List.copyOf(subs)));
            bases.compareAndSet(null, Map.copyOf(frozen));
            known = bases.get();
        }
        return known;
    }

    /**
     * The actions the project's URL configuration wires to {@code c} itself (not to its subclasses or
     * bases): the actions of each {@code c.as_view({...})} and, for each router registration, every
     * action a router generates; empty when no route names the class (resolved through the imports of
     * the module that writes the route).
     */
    public Set<String> routedActions(ClassFact c) {
        Map<ClassFact, Set<String>> known = routed.get();
        if (known == null) {
            Map<ClassFact, Set<String>> all = new HashMap<>();
            for (Route r : routes) {
                for (ClassFact target : resolveIn(r.path(), r.imports(), r.target())) {
                    all.computeIfAbsent(target, t -> new TreeSet<>()).addAll(r.actions());
                }
            }
            all.replaceAll((k, v) -> Set.copyOf(v));
            routed.compareAndSet(null, Map.copyOf(all));
            known = routed.get();
        }
        return known.getOrDefault(c, Set.of());
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
                for (ClassFact b : resolve(c, base)) {
                    if (!seen.contains(b) && !(b.name().equals(c.name()) && b.path().equals(c.path()))) {
                        queue.add(b);
                    }
                }
            }
        }
        return List.copyOf(seen);
    }

    /** Every base written in the lineage, as written (see {@link #externalBases} for what they stand for). */
    public List<String> ancestry(ClassFact c) {
        List<String> out = new ArrayList<>();
        for (ClassFact k : lineage(c)) {
            out.addAll(k.bases());
        }
        return out;
    }

    /**
     * The bases of the lineage that the project does not define (REST framework's, Django's, a
     * library's): the dotted name each stands for through its module's imports
     * ({@code rest_framework.viewsets.ModelViewSet}), else as written.
     */
    public List<String> externalBases(ClassFact c) {
        // asked of each class by every extends: test (the prefilters' class names, then the rules)
        return externals.computeIfAbsent(c, this::computeExternalBases);
    }

    private List<String> computeExternalBases(ClassFact c) {
        List<String> out = new ArrayList<>();
        for (ClassFact k : lineage(c)) {
            for (String base : k.bases()) {
                if (resolve(k, base).isEmpty()) {
                    out.add(qualified(k, base));
                }
            }
        }
        return List.copyOf(out);
    }

    /** An assignment found in a lineage: the class that makes it and the value as written. */
    public record Assigned(ClassFact owner, String value) {
    }

    /** The nearest class attribute whose name matches, in the lineage, with the class that sets it. */
    public Optional<Assigned> assigned(ClassFact c, com.google.re2j.Pattern name) {
        for (ClassFact k : lineage(c)) {
            for (Map.Entry<String, String> a : k.attributes().entrySet()) {
                if (name.matcher(a.getKey()).matches()) {
                    return Optional.of(new Assigned(k, a.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /** The nearest {@code Meta} value of this name in the lineage, with the class whose {@code Meta} sets it. */
    public Optional<Assigned> metaAssigned(ClassFact c, String key) {
        for (ClassFact k : lineage(c)) {
            String value = k.meta().get(key);
            if (value != null) {
                return Optional.of(new Assigned(k, value));
            }
        }
        return Optional.empty();
    }

    /** The project class the value of an assignment names (a dotted name), resolved from the class that assigns it. */
    public List<ClassFact> classesNamed(Assigned a) {
        return a.value().matches("[\\w.]+") ? resolve(a.owner(), a.value()) : List.of();
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
        Optional<Assigned> meta = metaAssigned(c, "model");
        if (meta.isPresent() && meta.get().value().matches("[\\w.]+")) {
            List<ClassFact> models = classesNamed(meta.get());
            return models.isEmpty() ? Optional.empty() : Optional.of(models.get(0));
        }
        return Optional.of(c);
    }

    /** Does a class (a model, or a class whose {@code Meta.model} is one) have relations? */
    public boolean hasRelations(ClassFact c) {
        return model(c).map(m -> !relations(m).isEmpty()).orElse(false);
    }

    /**
     * Does a serializer or table read relations for each row it renders? Only what is rendered
     * counts: with an explicit {@code Meta.fields} list, a field a base declares and the list leaves
     * out is not rendered, nor is an excluded or {@code write_only} field. REST framework's related
     * fields ({@code StringRelatedField}, {@code SlugRelatedField}, and {@code many=True}
     * primary-key or hyperlinked ones) always count. With a known model (a project class named by
     * {@code Meta.model}) also: a nested serializer whose {@code source=} (or name) is a relation, a
     * dotted {@code source=} or table {@code accessor=} through a relation, a method field whose
     * method reads a relation, a table column on a relation, a {@code Meta.fields} entry naming a
     * relation (for a serializer only a many-valued one: a foreign key is rendered by its id, which
     * needs no query), {@code fields = "__all__"} with many-valued relations, or {@code Meta.depth}.
     * A model from outside the project has unknown relations: nothing else is guessed.
     */
    public boolean rendersRelations(ClassFact c) {
        return renderedRelation(c).isPresent();
    }

    /** What makes {@link #rendersRelations} hold for {@code c} (a field or {@code Meta} entry, for reports and tests). */
    public Optional<String> renderedRelation(ClassFact c) {
        Optional<String> known = renders.get(c);
        if (known != null) {
            return known;
        }
        Optional<String> answer = computeRenders(c);
        renders.put(c, answer);
        return answer;
    }

    private Optional<String> computeRenders(ClassFact c) {
        boolean table = ancestry(c).stream().anyMatch(b -> simpleName(b).endsWith("Table"));
        // the relations of the model rendered; null when it is unknown (a library's model: no guess)
        Map<String, Relation> rels = metaAssigned(c, "model").map(this::classesNamed)
                .filter(l -> !l.isEmpty()).map(l -> relations(l.get(0))).orElse(null);
        Optional<String> fields = meta(c, "fields");
        // an explicit Meta.fields list is what a serializer renders: a field declared on a base and
        // left out of the list is not rendered (REST framework only requires the class's own fields)
        Optional<Set<String>> listed = fields.flatMap(ProjectFacts::names);
        Set<String> excluded = meta(c, "exclude").flatMap(ProjectFacts::names).orElse(Set.of());
        Set<String> declared = new LinkedHashSet<>();
        for (ClassFact k : lineage(c)) {
            for (Map.Entry<String, String> a : k.attributes().entrySet()) {
                String name = a.getKey();
                if (!declared.add(name)) {
                    continue; // overridden nearer
                }
                Matcher call = CALL.matcher(a.getValue());
                if (!call.find()) {
                    continue;
                }
                String arguments = call.group(2);
                // (a field the class itself declares must be listed: REST framework refuses it otherwise)
                if (!table && (k != c && listed.isPresent() && !listed.get().contains(name) || excluded.contains(name)
                        || WRITE_ONLY.matcher(arguments).find())) {
                    continue; // not rendered: left out of Meta.fields, excluded, or only written
                }
                String callee = simpleName(call.group(1));
                String field = name + " = " + callee + "(…)";
                if (callee.endsWith("Serializer") && arguments.matches("(?s).*\\bsource\\s*=\\s*['\"]\\*['\"].*")) {
                    continue; // source="*": the same object rendered by another serializer, no relation
                }
                if (callee.equals("StringRelatedField") || callee.equals("SlugRelatedField")
                        || RELATED_MANY.matcher(callee).matches() && MANY.matcher(arguments).find()) {
                    return Optional.of(field); // REST framework's related fields: a relation by definition
                }
                if (rels == null) {
                    continue; // a library's model (or none): its relations are unknown, so nothing else is guessed
                }
                if (callee.endsWith("Serializer")) {
                    if (rendersRelation(name, arguments, rels)) {
                        return Optional.of(field);
                    }
                    continue; // a nested serializer of a method or property of the row itself
                }
                if (dotted(SOURCE.matcher(arguments), rels) || dotted(ACCESSOR.matcher(arguments), rels)) {
                    return Optional.of(field);
                }
                if (callee.equals("SerializerMethodField")) {
                    Matcher named = METHOD_NAME.matcher(arguments);
                    String method = named.find() ? named.group(1) : "get_" + name;
                    if (methodReadsRelation(c, method, rels)) {
                        return Optional.of(field + " via " + method + "()");
                    }
                }
                if (table && callee.endsWith("Column") && rels != null && rels.containsKey(name)) {
                    return Optional.of(field);
                }
            }
        }
        Optional<String> depth = meta(c, "depth");
        if (depth.isPresent() && depth.get().matches("[1-9]\\d*") && rels != null && !rels.isEmpty()) {
            return Optional.of("Meta.depth = " + depth.get());
        }
        if (fields.isPresent() && rels != null) {
            if (fields.get().matches("['\"]__all__['\"]")) {
                return rels.entrySet().stream()
                        .filter(r -> !excluded.contains(r.getKey()))
                        .filter(r -> r.getValue() == Relation.FORWARD_MANY || table && r.getValue() == Relation.FORWARD_ONE)
                        .findFirst().map(r -> "Meta.fields = \"__all__\" (" + r.getKey() + ")");
            }
            Matcher names = STRING.matcher(fields.get());
            while (names.find()) {
                Relation r = rels.get(names.group(1));
                if (r != null && (table || r != Relation.FORWARD_ONE)) {
                    return Optional.of("Meta.fields: " + names.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** The names of a list or tuple of string literals, as written in {@code Meta}; empty when it is anything else. */
    private static Optional<Set<String>> names(String value) {
        if (!LITERAL_NAMES.matcher(value).matches()) {
            return Optional.empty();
        }
        Set<String> out = new LinkedHashSet<>();
        Matcher m = STRING.matcher(value);
        while (m.find()) {
            out.add(m.group(1));
        }
        return Optional.of(out);
    }

    /** Does a field named {@code name} with these arguments read a relation of the row (its {@code source=}, else its name)? */
    private static boolean rendersRelation(String name, String arguments, Map<String, Relation> rels) {
        Matcher source = SOURCE.matcher(arguments);
        String path = source.find() ? source.group(1) : name;
        int dot = path.indexOf('.');
        return rels.containsKey(dot < 0 ? path : path.substring(0, dot));
    }

    private static boolean dotted(Matcher source, Map<String, Relation> rels) {
        if (rels == null || !source.find()) {
            return false;
        }
        String path = source.group(1).replace("__", ".");
        int dot = path.indexOf('.');
        if (dot < 0) {
            return rels != null && rels.containsKey(path) && rels.get(path) != Relation.FORWARD_ONE;
        }
        return rels.containsKey(path.substring(0, dot));
    }

    private boolean methodReadsRelation(ClassFact c, String method, Map<String, Relation> rels) {
        for (ClassFact k : lineage(c)) {
            Set<String> reads = k.methods().get(method);
            if (reads == null) {
                continue;
            }
            return rels != null && reads.stream().anyMatch(rels::containsKey);
        }
        return false;
    }
}
