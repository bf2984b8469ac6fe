package dev.guidepost.policy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Reads YAML text into {@link YamlNode}s with positions. Uses SnakeYAML's composer only, so no
 * object is ever constructed from a tag, and limits aliases, nesting and size so that a hostile
 * policy cannot exhaust memory.
 */
public final class YamlReader {

    static final int MAX_CODE_POINTS = 2 * 1024 * 1024;
    private static final int MAX_ALIASES = 20;
    private static final int MAX_DEPTH = 64;

    private YamlReader() {
    }

    /** Parses {@code text}; syntax errors are added to {@code problems} and give an empty result. */
    public static Optional<YamlNode> read(String fileName, String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Node root;
        try {
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new PlainResolver(),
                    options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Optional<YamlSyntaxMessage> indentation = YamlSyntaxMessage.indentation(e, text);
            if (indentation.isPresent()) {
                YamlSyntaxMessage message = indentation.get();
                problems.add(new SourcePosition(fileName, message.line(), message.column()),
                        "invalid YAML: " + message.message());
                return Optional.empty();
            }
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (e.getContext() != null && what != null && what.contains("duplicate key")) {
                what = e.getContext() + ": " + what;
            }
            problems.add(position(fileName, mark), "invalid YAML: " + oneLine(what));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(SourcePosition.ofFile(fileName), "invalid YAML: " + oneLine(e.getMessage()));
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        return convert(fileName, root, problems, 0);
    }

    /**
     * Tags every node by its kind alone: a policy's scalars are read as text, so the implicit
     * resolvers' patterns (numbers, booleans, timestamps) would be compiled and matched for nothing.
     */
    private static final class PlainResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none
        }
    }

    private static Optional<YamlNode> convert(String file, Node node, Problems problems, int depth) {
        SourcePosition position = position(file, node.getStartMark());
        if (depth > MAX_DEPTH) {
            problems.add(position, "nesting deeper than " + MAX_DEPTH + " levels");
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            boolean quoted = scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN;
            return Optional.of(new YamlNode.Scalar(scalar.getValue(), quoted, position));
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                convert(file, item, problems, depth + 1).ifPresent(items::add);
            }
            return Optional.of(new YamlNode.Sequence(items, position));
        }
        if (node instanceof MappingNode mapping) {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                SourcePosition keyPosition = position(file, keyNode.getStartMark());
                if (!(keyNode instanceof ScalarNode keyScalar)) {
                    problems.add(keyPosition, "expected a plain key, found a complex key");
                    continue;
                }
                if (keyScalar.getValue().equals("<<")) {
                    problems.add(keyPosition, "merge keys (<<) are not supported in policies");
                    continue;
                }
                YamlNode.Entry earlier = entries.get(keyScalar.getValue());
                if (earlier != null) {
                    problems.add(keyPosition, "duplicate key '" + keyScalar.getValue() + "' (first at line "
                            + earlier.keyPosition().line() + ")");
                    continue;
                }
                convert(file, tuple.getValueNode(), problems, depth + 1).ifPresent(value ->
                        entries.put(keyScalar.getValue(), new YamlNode.Entry(keyScalar.getValue(), keyPosition, value)));
            }
            return Optional.of(new YamlNode.Mapping(entries, position));
        }
        problems.add(position, "unsupported YAML node");
        return Optional.empty();
    }

    private static SourcePosition position(String file, Mark mark) {
        if (mark == null) {
            return SourcePosition.ofFile(file);
        }
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String oneLine(String text) {
        return text == null ? "unreadable document" : text.replaceAll("\\s+", " ").trim();
    }
}
