package dev.guidepost.policy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The {@link YamlNode} tree of a YAML text, written at build time as a compact image next to a
 * built-in pack ({@code NAME.yaml.image} beside {@code NAME.yaml}) and read back instead of parsing
 * the text. Reading the 115 KB Django pack with SnakeYAML took ~70 ms of every start, most of it
 * in code not yet compiled; the image is read in a few milliseconds and gives the same tree,
 * positions included.
 *
 * <p>An image names the length and CRC-32 of the UTF-8 bytes of the text it was made from, and the
 * CRC-32 of its own content, so that a pack's bytes are checked against it without being decoded
 * (decoding the 115 KB pack and encoding it again took ~6 ms of every start): one that does not
 * match the text at hand (a pack edited after the build), is damaged or
 * cannot be read is not used, and the text is parsed as any policy file is (so it is when the build
 * made no image). The image holds no file name:
 * positions take the one the reader is given.
 */
public final class YamlImage {

    private static final int MAGIC = 0x47505932; // "GPY2": GPY1 named the text's length in chars
    private static final byte PLAIN = 1;
    private static final byte QUOTED = 2;
    private static final byte SEQUENCE = 3;
    private static final byte MAPPING = 4;
    /** Deeper than any YAML the reader accepts ({@link YamlReader}): a malformed image cannot recurse forever. */
    private static final int MAX_DEPTH = 128;

    private YamlImage() {
    }

    /** The image of {@code root}, the tree of {@code text}. */
    public static byte[] write(YamlNode root, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            List<String> strings = new ArrayList<>();
            Map<String, Integer> indexes = new HashMap<>();
            ByteArrayOutputStream tree = new ByteArrayOutputStream();
            try (DataOutputStream nodes = new DataOutputStream(tree)) {
                node(nodes, root, strings, indexes);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try (DataOutputStream table = new DataOutputStream(body)) {
                table.writeInt(strings.size());
                for (String s : strings) {
                    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                    table.writeInt(utf8.length);
                    table.write(utf8);
                }
                tree.writeTo(table);
            }
            byte[] rest = body.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(rest);
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(MAGIC);
            out.writeInt(utf8.length);
            out.writeLong(checksum(utf8));
            out.writeLong(crc.getValue());
            out.write(rest);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * The tree {@code image} holds for the text whose UTF-8 bytes are {@code text}, its positions in
     * {@code fileName}; empty when the image was made from another text or cannot be read.
     */
    public static Optional<YamlNode> read(byte[] image, byte[] text, String fileName) {
        try {
            ByteBuffer in = ByteBuffer.wrap(image);
            if (in.getInt() != MAGIC || in.getInt() != text.length || in.getLong() != checksum(text)) {
                return Optional.empty();
            }
            long expected = in.getLong();
            CRC32 crc = new CRC32();
            crc.update(image, in.position(), in.remaining());
            if (crc.getValue() != expected) {
                return Optional.empty(); // damaged
            }
            int count = in.getInt();
            if (count < 0 || count > image.length) {
                return Optional.empty();
            }
            String[] strings = new String[count];
            for (int i = 0; i < count; i++) {
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    return Optional.empty();
                }
                strings[i] = new String(image, in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
            }
            YamlNode root = node(in, strings, fileName, 0);
            return in.hasRemaining() ? Optional.empty() : Optional.of(root);
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static long checksum(byte[] text) {
        CRC32 crc = new CRC32();
        crc.update(text);
        return crc.getValue();
    }

    private static void node(DataOutputStream out, YamlNode node, List<String> strings, Map<String, Integer> indexes)
            throws IOException {
        if (node instanceof YamlNode.Scalar scalar) {
            out.writeByte(scalar.quoted() ? QUOTED : PLAIN);
            position(out, scalar.position());
            out.writeInt(index(scalar.text(), strings, indexes));
        } else if (node instanceof YamlNode.Sequence sequence) {
            out.writeByte(SEQUENCE);
            position(out, sequence.position());
            out.writeInt(sequence.items().size());
            for (YamlNode item : sequence.items()) {
                node(out, item, strings, indexes);
            }
        } else if (node instanceof YamlNode.Mapping mapping) {
            out.writeByte(MAPPING);
            position(out, mapping.position());
            out.writeInt(mapping.entries().size());
            for (YamlNode.Entry entry : mapping.entries().values()) {
                out.writeInt(index(entry.key(), strings, indexes));
                position(out, entry.keyPosition());
                node(out, entry.value(), strings, indexes);
            }
        }
    }

    private static void position(DataOutputStream out, SourcePosition position) throws IOException {
        out.writeInt(position.line());
        out.writeInt(position.column());
    }

    private static int index(String s, List<String> strings, Map<String, Integer> indexes) {
        return indexes.computeIfAbsent(s, k -> {
            strings.add(k);
            return strings.size() - 1;
        });
    }

    private static YamlNode node(ByteBuffer in, String[] strings, String fileName, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("image nested too deeply");
        }
        byte tag = in.get();
        SourcePosition position = new SourcePosition(fileName, in.getInt(), in.getInt());
        switch (tag) {
            case PLAIN, QUOTED -> {
                return new YamlNode.Scalar(strings[in.getInt()], tag == QUOTED, position);
            }
            case SEQUENCE -> {
                int count = count(in);
                List<YamlNode> items = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    items.add(node(in, strings, fileName, depth + 1));
                }
                return new YamlNode.Sequence(items, position);
            }
            case MAPPING -> {
                int count = count(in);
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                for (int i = 0; i < count; i++) {
                    String key = strings[in.getInt()];
                    SourcePosition keyPosition = new SourcePosition(fileName, in.getInt(), in.getInt());
                    entries.put(key, new YamlNode.Entry(key, keyPosition, node(in, strings, fileName, depth + 1)));
                }
                return new YamlNode.Mapping(entries, position);
            }
            default -> throw new IllegalArgumentException("unknown node tag " + tag);
        }
    }

    /** A count of items, no larger than the bytes left could hold (a malformed image allocates nothing big). */
    private static int count(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IllegalArgumentException("bad count " + count);
        }
        return count;
    }
}
