package dev.guidepost.check.markdown;

import com.google.re2j.Pattern;
import dev.guidepost.engine.Parser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;

/**
 * A Markdown file as the markdown rules read it: its sections by heading, its {@code @path}
 * imports, and its text with HTML comments blanked out for matching (offsets and lines kept).
 * Parsed with CommonMark; immutable.
 *
 * @param path the file's path relative to the repository root
 * @param text the text as read
 * @param matchText {@code text} with every {@code <!-- … -->} comment replaced by spaces (line
 *     breaks kept), so that comments such as suppressions never answer a question
 * @param proseWords the words of {@code matchText}'s prose (code blocks, code spans, links' targets
 *     left out), in order: what a rule's {@code languages:} judges, read once for every rule
 */
public record MarkdownDocument(String path, String text, String matchText, List<Section> sections,
        List<Import> imports, int[] lineStarts, List<String> proseWords) {

    /** The one parser every markdown rule shares, so that each file is parsed once per run. */
    public static final Parser<MarkdownDocument> PARSER = (file, text, worker) -> parse(file.path(), text);

    private static final org.commonmark.parser.Parser COMMONMARK = org.commonmark.parser.Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** File extensions that make an {@code @word.ext} without a slash count as an import. */
    private static final Set<String> FILE_EXTENSIONS = Set.of("md", "markdown", "mdc", "txt", "rst", "adoc", "json",
            "jsonc", "yaml", "yml", "toml", "cfg", "ini", "env", "py", "pyi", "ts", "tsx", "js", "jsx", "mjs", "cjs",
            "java", "go", "sh", "sql", "html", "css", "xml", "csv", "lock");

    private static final Pattern IMPORT_PATH = Pattern.compile("(~/|\\./|\\.\\./|/)?[A-Za-z0-9_.~/+@-]+");
    private static final Pattern EXTENSION = Pattern.compile(".*\\.([A-Za-z0-9]{1,8})");

    public MarkdownDocument {
        sections = List.copyOf(sections);
        imports = List.copyOf(imports);
        lineStarts = lineStarts.clone();
        proseWords = List.copyOf(proseWords);
    }

    /** Parses a Markdown text; never throws on any input. */
    public static MarkdownDocument parse(String path, String text) {
        int[] lineStarts = lineStarts(text);
        Node root = COMMONMARK.parse(text);
        List<Heading> headings = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading && !heading.getSourceSpans().isEmpty()) {
                headings.add(heading);
            }
        }
        long levelOnes = headings.stream().filter(h -> h.getLevel() == 1).count();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            int lineIndex = heading.getSourceSpans().get(0).getLineIndex();
            int start = lineStarts[lineIndex];
            int end = text.length();
            for (int j = i + 1; j < headings.size(); j++) {
                if (headings.get(j).getLevel() <= heading.getLevel()) {
                    end = lineStarts[headings.get(j).getSourceSpans().get(0).getLineIndex()];
                    break;
                }
            }
            boolean title = heading.getLevel() == 1 && levelOnes == 1 && headings.size() > 1;
            sections.add(new Section(plainText(heading), heading.getLevel(), lineIndex + 1, start, end, title));
        }
        List<Import> imports = new ArrayList<>();
        root.accept(new ImportFinder(text, imports));
        String matchText = blankComments(text);
        return new MarkdownDocument(path, text, matchText, sections, imports, lineStarts, proseWords(matchText));
    }

    private static final Pattern FENCED = Pattern.compile(
            "(?m)^[ \\t]*```[^\\n]*\\n[\\s\\S]*?^[ \\t]*```[ \\t]*$|(?m)^[ \\t]*~~~[^\\n]*\\n[\\s\\S]*?^[ \\t]*~~~[ \\t]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*\\)|https?://\\S+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*");

    /** The words of a text's prose: runs of letters (with marks and apostrophes) outside code and links' targets. */
    static List<String> proseWords(String markdown) {
        String prose = FENCED.matcher(markdown).replaceAll("\n");
        prose = CODE_SPAN.matcher(prose).replaceAll(" ");
        prose = LINK_TARGET.matcher(prose).replaceAll(" ");
        List<String> words = new ArrayList<>();
        com.google.re2j.Matcher word = WORD.matcher(prose);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** The 1-based line holding {@code offset}. */
    public int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** The 1-based column of {@code offset} in its line. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** The text of a section as matched: from its heading line to its end, comments blanked. */
    public String matchText(Section section) {
        return matchText.substring(section.start(), section.end());
    }

    @Override
    public int[] lineStarts() {
        return lineStarts.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarkdownDocument d && d.path.equals(path) && d.text.equals(text);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "MarkdownDocument[" + path + ", " + sections.size() + " sections, " + imports.size() + " imports]";
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String plainText(Heading heading) {
        StringBuilder out = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HtmlInline htmlInline) {
                // comments and tags are not part of what the heading says
            }
        });
        return out.toString().strip().replaceAll("\\s+", " ");
    }

    private static String blankComments(String text) {
        int open = text.indexOf("<!--");
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        while (open >= 0) {
            int close = text.indexOf("-->", open + 4);
            int end = close < 0 ? text.length() : close + 3;
            for (int i = open; i < end; i++) {
                char c = out.charAt(i);
                if (c != '\n' && c != '\r') {
                    out.setCharAt(i, ' ');
                }
            }
            open = close < 0 ? -1 : text.indexOf("<!--", end);
        }
        return out.toString();
    }

    /** Collects imports from prose only: code spans, code blocks and HTML never hold imports. */
    private static final class ImportFinder extends AbstractVisitor {
        private final String text;
        private final List<Import> imports;

        ImportFinder(String text, List<Import> imports) {
            this.text = text;
            this.imports = imports;
        }

        @Override
        public void visit(Code code) {
        }

        @Override
        public void visit(FencedCodeBlock block) {
        }

        @Override
        public void visit(IndentedCodeBlock block) {
        }

        @Override
        public void visit(HtmlBlock block) {
        }

        @Override
        public void visit(HtmlInline html) {
        }

        @Override
        public void visit(Text node) {
            for (SourceSpan span : node.getSourceSpans()) {
                int from = span.getInputIndex();
                int to = Math.min(text.length(), from + span.getLength());
                for (int at = text.indexOf('@', from); at >= 0 && at < to; at = text.indexOf('@', at + 1)) {
                    if (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
                        continue;
                    }
                    int end = at + 1;
                    while (end < to && !Character.isWhitespace(text.charAt(end))) {
                        end++;
                    }
                    String raw = text.substring(at + 1, end);
                    String target = importTarget(raw);
                    if (target != null) {
                        imports.add(new Import(target, span.getLineIndex() + 1,
                                span.getColumnIndex() + (at - from) + 1, target.length() + 1));
                    }
                }
            }
        }
    }

    /** The path an {@code @word} names, or null when the word does not look like a file path. */
    static String importTarget(String raw) {
        String word = raw;
        while (!word.isEmpty() && ".,;:!?)]}'\"`*_".indexOf(word.charAt(word.length() - 1)) >= 0) {
            word = word.substring(0, word.length() - 1);
        }
        int hash = word.indexOf('#');
        if (hash >= 0) {
            word = word.substring(0, hash);
        }
        if (word.isEmpty() || !IMPORT_PATH.matches(word) || word.startsWith("@")) {
            return null;
        }
        if (word.contains("/")) {
            return word.equals("/") || word.equals("~/") ? null : word;
        }
        var extension = EXTENSION.matcher(word);
        if (extension.matches() && FILE_EXTENSIONS.contains(extension.group(1).toLowerCase(java.util.Locale.ROOT))) {
            return word;
        }
        return null;
    }
}
