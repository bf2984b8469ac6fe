package dev.guidepost.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the classes of a Python module in one pass over its text, without a parser: logical lines
 * (brackets, strings and backslashes join physical lines; comments are dropped) and their
 * indentation give each class its bases, the attributes and methods its body defines, and its
 * inner {@code Meta}. Enough for the facts rules ask about; a line it cannot read is skipped.
 */
final class PythonClasses {

    private static final Pattern CLASS = Pattern.compile("^class\\s+(\\w+)\\s*(?:\\((.*)\\))?\\s*:", Pattern.DOTALL);
    private static final Pattern DEF = Pattern.compile("^(?:async\\s+)?def\\s+(\\w+)\\s*\\(");
    private static final Pattern ASSIGN = Pattern.compile("^(\\w+)\\s*(?::[^=]*)?=(?!=)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern FROM_IMPORT = Pattern.compile("^from\\s+(\\.*)\\s*([\\w.]*)\\s+import\\s+(.+)$", Pattern.DOTALL);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(.+)$", Pattern.DOTALL);
    private static final Pattern IMPORTED = Pattern.compile("^([\\w.]+)(?:\\s+as\\s+(\\w+))?$");
    // NAME.as_view(ARGUMENTS: a literal mapping (group 2), another expression (group 3), or keywords only
    private static final Pattern AS_VIEW = Pattern.compile("(?<![\\w.])([A-Za-z_][\\w.]*)\\s*\\.as_view\\(\\s*"
            + "(?:(?:actions\\s*=\\s*)?\\{([^{}]*)\\}|(?!\\w+\\s*=[^=]|\\))([^,)\\s][^,)]*))?");
    private static final Pattern ACTION = Pattern.compile("['\"]\\w+['\"]\\s*:\\s*['\"](\\w+)['\"]");
    private static final Pattern REGISTER = Pattern.compile(
            "(?<![\\w.])([A-Za-z_][\\w.]*)\\.register\\(\\s*(?:[^,()]|\\([^()]*\\))+,\\s*([A-Za-z_][\\w.]*)\\s*[,)]");
    private static final Pattern REGISTER_KEYWORD = Pattern.compile(
            "(?<![\\w.])([A-Za-z_][\\w.]*)\\.register\\([^)]*\\bviewset\\s*=\\s*([A-Za-z_][\\w.]*)");

    private PythonClasses() {
    }

    /** One logical line: its indentation, first physical line and code without comments. */
    record Line(int indent, int line, String code) {
    }

    /** The classes of the module at {@code path} and the routes it wires. */
    static ModuleFacts module(String path, String text, List<Mention> mentions) {
        List<Line> lines = logicalLines(text);
        Map<String, String> imports = Map.copyOf(imports(path, lines)); // shared by the module's routes
        return new ModuleFacts(read(path, text, lines, imports, mentions), routes(path, lines, imports));
    }

    /**
     * The routes a module wires, in any code (module level, functions, methods):
     * {@code NAME.as_view({"get": "list", …})} (or {@code actions={…}}) wires the named actions, a
     * router's {@code register(prefix, NAME, …)} (or {@code viewset=NAME}) every action a router
     * generates, and so does {@code NAME.as_view(mapping)} with a mapping that is not written there
     * (a variable): its actions are not known. {@code as_view()} and {@code as_view(key=…)} map no
     * actions (a plain view); Django admin's {@code site.register(Model, ModelAdmin)} is no route.
     */
    static List<Route> routes(String path, List<Line> lines, Map<String, String> imports) {
        List<Route> out = new ArrayList<>();
        for (Line line : lines) {
            String code = line.code();
            if (code.contains(".as_view(")) {
                Matcher view = AS_VIEW.matcher(code);
                while (view.find()) {
                    if (view.group(2) != null) {
                        Set<String> actions = new LinkedHashSet<>();
                        Matcher action = ACTION.matcher(view.group(2));
                        while (action.find()) {
                            actions.add(action.group(1));
                        }
                        out.add(new Route(path, line.line(), view.group(1), actions, imports));
                    } else if (view.group(3) != null) {
                        // a mapping held in a variable (as_view(detail_methods)): which actions is not
                        // known here, so it counts as routing every one
                        out.add(new Route(path, line.line(), view.group(1), Route.ROUTER_ACTIONS, imports));
                    }
                }
            }
            if (code.contains(".register(")) {
                // register(prefix, NAME, …) calls; register(…, viewset=NAME) when the line has none
                if (!registrations(REGISTER.matcher(code), path, line, imports, out)) {
                    registrations(REGISTER_KEYWORD.matcher(code), path, line, imports, out);
                }
            }
        }
        return out;
    }

    /** Adds a route for each router registration the matcher finds (not the admin site's); were there any? */
    private static boolean registrations(Matcher register, String path, Line line, Map<String, String> imports,
            List<Route> out) {
        boolean any = false;
        while (register.find()) {
            if (!register.group(1).matches("(?:[\\w.]*\\.)?\\w*(?:site|admin)")) {
                out.add(new Route(path, line.line(), register.group(2), Route.ROUTER_ACTIONS, imports));
                any = true;
            }
        }
        return any;
    }

    /**
     * A {@code mentions} pattern with the literal words every match contains, searched before the
     * regex (RE2J is slow on long texts, and most modules and classes mention none of them).
     */
    record Mention(com.google.re2j.Pattern regex, dev.guidepost.engine.Prefilter literals) {

        Mention(com.google.re2j.Pattern regex) {
            this(regex, dev.guidepost.engine.NodeRegexFilter.literals(regex));
        }

        boolean foundIn(String text) {
            return literals.mayMatch(text) && regex.matcher(text).find();
        }

        /**
         * Whether a part of a module with this text may be {@link #foundIn}: the literals, and the regex
         * unless it is found in any text holding a text it is found in (no assertions): the module is
         * then searched only through its classes (RE2J's search of a whole module costs more than the
         * searches of its classes that hold the literals).
         */
        boolean mayBeIn(String module) {
            return dev.guidepost.engine.NodeRegexFilter.substringClosed(regex) ? literals.mayMatch(module) : foundIn(module);
        }
    }

    /** The classes of {@code text} (of the module at {@code path}), outer classes before inner ones. */
    static List<ClassFact> read(String path, String text, List<com.google.re2j.Pattern> mentions) {
        return readClasses(path, text, mentions.stream().map(Mention::new).toList());
    }

    /** As {@link #read}, with the mentions' literals derived. */
    static List<ClassFact> readClasses(String path, String text, List<Mention> mentions) {
        List<Line> lines = logicalLines(text);
        return read(path, text, lines, imports(path, lines), mentions);
    }

    private static List<ClassFact> read(String path, String text, List<Line> lines, Map<String, String> imports,
            List<Mention> mentions) {
        // a pattern the module does not match can match none of its classes: test each class only for the others
        mentions = mentions.stream().filter(m -> m.mayBeIn(text)).toList();
        List<ClassFact> out = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        int[] lineStarts = lineStarts(text);
        for (Line line : lines) {
            while (!stack.isEmpty() && line.indent() <= stack.peek().indent) {
                close(stack.pop(), offset(lineStarts, line.line()), text, mentions, imports, out);
            }
            Frame top = stack.peek();
            if (top != null && top.bodyIndent < 0) {
                top.bodyIndent = line.indent();
            }
            boolean member = top != null && line.indent() == top.bodyIndent;
            if (member) {
                top.endMethod();
            }
            Matcher c = line.code().startsWith("class") ? CLASS.matcher(line.code()) : null;
            if (c != null && c.find()) {
                Frame frame = new Frame(line.indent(), c.group(1), line.line(), offset(lineStarts, line.line()),
                        c.group(2) == null ? List.of() : bases(c.group(2)));
                frame.path = path;
                if (member && frame.name.equals("Meta")) {
                    frame.metaOf = top;
                }
                stack.push(frame);
                continue;
            }
            if (!member) {
                if (top != null && top.method != null) {
                    attributeReads(line.code(), top.methodReads);
                }
                continue;
            }
            String code = line.code();
            Matcher d = code.startsWith("def") || code.startsWith("async") ? DEF.matcher(code) : null;
            if (d != null && d.find()) {
                top.method = d.group(1);
                top.methodReads = new LinkedHashSet<>();
                continue;
            }
            // an assignment starts with a name and holds an '=': most other members are calls and decorators
            Matcher a = !code.isEmpty() && isWordChar(code.charAt(0)) && code.indexOf('=') > 0 ? ASSIGN.matcher(code) : null;
            if (a != null && a.find()) {
                Frame owner = top.metaOf == null ? top : top.metaOf;
                (top.metaOf == null ? owner.attributes : owner.meta).put(a.group(1), a.group(2).strip());
            }
        }
        while (!stack.isEmpty()) {
            close(stack.pop(), text.length(), text, mentions, imports, out);
        }
        out.sort(java.util.Comparator.comparingInt(ClassFact::line));
        return out;
    }

    /** Adds every name read as an attribute ({@code .name}) in {@code code}, as the regex {@code \\.(\\w+)} finds them. */
    static void attributeReads(String code, Set<String> out) {
        int n = code.length();
        for (int i = code.indexOf('.'); i >= 0 && i < n; i = code.indexOf('.', i)) {
            int end = i + 1;
            while (end < n && isWordChar(code.charAt(end))) {
                end++;
            }
            if (end > i + 1) {
                out.add(code.substring(i + 1, end));
            }
            i = end;
        }
    }

    /** A char of {@code \w} without Unicode classes: ASCII letters, digits and the underscore. */
    private static boolean isWordChar(char c) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static void close(Frame frame, int end, String text, List<Mention> mentions,
            Map<String, String> imports, List<ClassFact> out) {
        frame.endMethod();
        if (frame.metaOf != null) {
            return;
        }
        Set<String> mentioned = new LinkedHashSet<>();
        if (!mentions.isEmpty()) {
            String source = text.substring(frame.start, Math.max(frame.start, Math.min(end, text.length())));
            for (Mention mention : mentions) {
                if (mention.foundIn(source)) {
                    mentioned.add(mention.regex().pattern());
                }
            }
        }
        out.add(new ClassFact(frame.path(), frame.name, frame.line, frame.bases, frame.attributes, frame.methods,
                frame.meta, mentioned, imports));
    }

    /**
     * The names bound by the module's import statements outside class bodies, each to the dotted
     * name it stands for; the first binding of a name wins, star imports bind nothing.
     */
    static Map<String, String> imports(String path, List<Line> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> packageParts = null; // of the path, once a relative import needs them
        int classIndent = -1;
        for (Line line : lines) {
            if (classIndent >= 0 && line.indent() > classIndent) {
                continue; // inside a class body
            }
            String code = line.code();
            classIndent = code.startsWith("class ") ? line.indent() : -1;
            if (!code.startsWith("from") && !code.startsWith("import")) {
                continue; // what both regexes start with: most lines are no import
            }
            Matcher from = FROM_IMPORT.matcher(code);
            if (from.find()) {
                int level = from.group(1).length();
                if (level > 0 && packageParts == null) {
                    packageParts = packageParts(path);
                }
                String module = absolute(path, packageParts, level, from.group(2));
                String names = from.group(3).strip();
                if (names.startsWith("(")) {
                    names = names.substring(1, names.endsWith(")") ? names.length() - 1 : names.length());
                }
                for (String part : splitTopLevel(names)) {
                    Matcher name = IMPORTED.matcher(part.strip());
                    if (name.find() && !name.group(1).contains(".")) {
                        out.putIfAbsent(name.group(2) == null ? name.group(1) : name.group(2),
                                module.isEmpty() ? name.group(1) : module + "." + name.group(1));
                    }
                }
                continue;
            }
            Matcher plain = IMPORT.matcher(code);
            if (plain.find()) {
                for (String part : splitTopLevel(plain.group(1))) {
                    Matcher name = IMPORTED.matcher(part.strip());
                    if (name.find()) {
                        String dotted = name.group(1);
                        String head = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
                        if (name.group(2) != null) {
                            out.putIfAbsent(name.group(2), dotted);
                        } else {
                            out.putIfAbsent(head, head);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The absolute module a {@code from} import names: {@code level} leading dots count from the module's package. */
    static String absolute(String path, int level, String module) {
        return level == 0 ? module : absolute(path, packageParts(path), level, module);
    }

    /** The parts of the dotted module of a path, which {@link #absolute} counts from. */
    private static List<String> packageParts(String path) {
        String dotted = moduleOf(path);
        return List.of(dotted.isEmpty() ? new String[0] : dotted.split("\\."));
    }

    /** As {@link #absolute(String, int, String)}, with the {@link #packageParts} of the path. */
    private static String absolute(String path, List<String> packageParts, int level, String module) {
        if (level == 0) {
            return module;
        }
        List<String> parts = new ArrayList<>(packageParts);
        int drop = path.endsWith("__init__.py") ? level - 1 : level; // a package's __init__ is the package itself
        for (int i = 0; i < drop && !parts.isEmpty(); i++) {
            parts.remove(parts.size() - 1);
        }
        if (!module.isEmpty()) {
            parts.add(module);
        }
        return String.join(".", parts);
    }

    /** The dotted module of a path relative to the repository root ({@code shop/api/__init__.py} → {@code shop.api}). */
    static String moduleOf(String path) {
        String p = path.endsWith(".py") ? path.substring(0, path.length() - 3) : path;
        if (p.endsWith("/__init__") || p.equals("__init__")) {
            p = p.substring(0, Math.max(0, p.length() - "__init__".length() - 1));
        }
        return p.replace('/', '.');
    }

    /** The bases as written, keyword arguments (metaclass=…) and subscripts ([T]) left out. */
    static List<String> bases(String list) {
        List<String> out = new ArrayList<>();
        for (String part : splitTopLevel(list)) {
            String base = part.strip();
            int bracket = base.indexOf('[');
            if (bracket >= 0) {
                base = base.substring(0, bracket).strip();
            }
            if (!base.isEmpty() && base.matches("[\\w.]+")) {
                out.add(base);
            }
        }
        return out;
    }

    /** The parts of a bracketed list's content separated by commas outside brackets and strings. */
    static List<String> splitTopLevel(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int from = 0;
        for (int i = 0; i < list.length(); i++) {
            char ch = list.charAt(i);
            if (quote != 0) {
                if (ch == '\\') {
                    i++;
                } else if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(list.substring(from, i));
                from = i + 1;
            }
        }
        out.add(list.substring(from));
        return out;
    }

    /**
     * The logical lines of a module (blank and comment-only lines left out). A line's code is copied
     * from the text in runs, up to each char that is left out or replaced (a comment, a joined line
     * break, a carriage return), and taken as a substring when it is one run.
     */
    static List<Line> logicalLines(String text) {
        List<Line> out = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int depth = 0;
        int line = 1;
        int startLine = 1;
        int indent = 0;
        boolean atStart = true;
        int from = 0; // where the run of code not yet copied into code starts
        int n = text.length();
        // the first line break at or after the string being skipped (-1: none left): looked for once
        // per break, not once per string (a line of 600 strings, Django's time zone choices, read on
        // to its end for each of them)
        int nextBreak = text.indexOf('\n');
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (atStart) {
                if (ch == ' ') {
                    indent++;
                    continue;
                }
                if (ch == '\t') {
                    indent = (indent / 8 + 1) * 8;
                    continue;
                }
                atStart = false;
                startLine = line;
                from = i;
            }
            if (!acted(ch)) {
                continue; // most chars: part of the run
            }
            switch (ch) {
                case '#' -> {
                    code.append(text, from, i);
                    int end = text.indexOf('\n', i);
                    i = (end < 0 ? n : end) - 1;
                    from = i + 1;
                }
                case '"', '\'' -> {
                    boolean triple = i + 2 < n && text.charAt(i + 1) == ch && text.charAt(i + 2) == ch;
                    int end = stringEnd(text, i, ch, triple);
                    if (nextBreak >= 0 && nextBreak < i) {
                        nextBreak = text.indexOf('\n', i);
                    }
                    while (nextBreak >= 0 && nextBreak < end) {
                        line++;
                        nextBreak = text.indexOf('\n', nextBreak + 1);
                    }
                    i = end - 1;
                }
                case '\\' -> {
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        code.append(text, from, i).append(' ');
                        i++;
                        line++;
                        from = i + 1;
                    }
                }
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> {
                    if (depth > 0) {
                        depth--;
                    }
                }
                case '\n' -> {
                    line++;
                    if (depth == 0) {
                        String s = lineCode(code, text, from, i);
                        if (!s.isEmpty()) {
                            out.add(new Line(indent, startLine, s));
                        }
                        code.setLength(0);
                        indent = 0;
                        atStart = true;
                    } else {
                        code.append(text, from, i).append(' ');
                        from = i + 1;
                    }
                }
                case '\r' -> {
                    code.append(text, from, i);
                    from = i + 1;
                }
                default -> {
                }
            }
        }
        String s = atStart ? code.toString().strip() : lineCode(code, text, from, n);
        if (!s.isEmpty()) {
            out.add(new Line(indent, startLine, s));
        }
        return out;
    }

    /** The chars {@link #logicalLines} acts on, below 64 and from 64 to 127: line breaks, comments, quotes, escapes, brackets. */
    private static final long ACTED_LOW = 1L << '\n' | 1L << '\r' | 1L << '"' | 1L << '#' | 1L << '\'' | 1L << '('
            | 1L << ')';
    private static final long ACTED_HIGH = 1L << '[' - 64 | 1L << '\\' - 64 | 1L << ']' - 64 | 1L << '{' - 64
            | 1L << '}' - 64;

    private static boolean acted(char ch) {
        return ch < 64 ? (ACTED_LOW >>> ch & 1) != 0 : ch < 128 && (ACTED_HIGH >>> ch - 64 & 1) != 0;
    }

    /** The code of a line: what {@code code} holds and the run from {@code from} to {@code to}, stripped. */
    private static String lineCode(StringBuilder code, String text, int from, int to) {
        if (code.length() == 0) {
            return text.substring(from, Math.max(from, to)).strip();
        }
        return code.append(text, from, to).toString().strip();
    }

    private static int stringEnd(String text, int start, char quote, boolean triple) {
        int n = text.length();
        int i = start + (triple ? 3 : 1);
        if (triple) {
            // one walk to the closing quotes, each char looked at once (a search for the next
            // backslash from every docstring would read on to the end of a module that has none)
            for (; i < n; i++) {
                char ch = text.charAt(i);
                if (ch == '\\') {
                    i++;
                } else if (ch == quote && i + 2 < n && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote) {
                    return i + 3;
                }
            }
            return n;
        }
        while (i < n) {
            char ch = text.charAt(i);
            if (ch == '\\') {
                i += 2;
                continue;
            }
            if (ch == '\n') {
                return i; // an unterminated string ends with its line
            }
            if (ch == quote) {
                return i + 1;
            }
            i++;
        }
        return n;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    private static int offset(int[] lineStarts, int line) {
        return lineStarts[Math.min(Math.max(line - 1, 0), lineStarts.length - 1)];
    }

    /** A class being read. */
    private static final class Frame {
        final int indent;
        final String name;
        final int line;
        final int start;
        final List<String> bases;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final Map<String, Set<String>> methods = new LinkedHashMap<>();
        final Map<String, String> meta = new LinkedHashMap<>();
        int bodyIndent = -1;
        Frame metaOf;
        String method;
        Set<String> methodReads;
        String path;

        Frame(int indent, String name, int line, int start, List<String> bases) {
            this.indent = indent;
            this.name = name;
            this.line = line;
            this.start = start;
            this.bases = bases;
        }

        void endMethod() {
            if (method != null) {
                methods.merge(method, methodReads, (a, b) -> {
                    Set<String> both = new LinkedHashSet<>(a);
                    both.addAll(b);
                    return both;
                });
                method = null;
                methodReads = null;
            }
        }

        String path() {
            return path;
        }
    }
}
