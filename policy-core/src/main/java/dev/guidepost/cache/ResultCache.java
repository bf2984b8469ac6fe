package dev.guidepost.cache;

import dev.guidepost.engine.FileResults;
import dev.guidepost.policy.Severity;
import dev.guidepost.report.Location;
import dev.guidepost.workspace.WorkspaceFile;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The result cache: what the file rules reported on each file of a repository, keyed by the file's
 * content hash ({@link ContentHash}: SipHash-2-4-128 under a random key kept in the cache file), the
 * policy's fingerprint and the tool's build, kept in one file per repository and policy under the
 * user cache folder ({@link CacheDirectory}), never in the repository.
 *
 * <p>A file whose size and modification time (nanoseconds) are unchanged since it was recorded is
 * not read at all; any other file is read and hashed, and its recorded results are reused only
 * when the content hash is the same. The cache file starts with the tool build and the policy
 * fingerprint: a file written by another build or for another policy is ignored as a whole. It is
 * written to a temporary file and moved into place, so a run never sees half a file; two runs that
 * share it each read a whole file and the last to finish wins. A cache file that cannot be read is
 * ignored, one that cannot be written is left as it was: the cache only ever saves time.
 */
public final class ResultCache implements FileResults {

    private static final int FORMAT = 3;
    private static final String MAGIC = "guidepost-results";
    private static final Duration UNUSED_FOR = Duration.ofDays(30);
    private static final long RECENT_NANOS = 2_000_000_000L;

    private final Path file;
    private final String key;
    /** The content hash of the file read (its entries' hashes are under its key), else under a new key. */
    private final ContentHash contentHash;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private ResultCache(Path file, String key, Contents read) {
        this.file = file;
        this.key = key;
        this.contentHash = read.hash();
        this.previous = read.entries();
    }

    /** A cache file's entries and the content hash they were recorded with. */
    private record Contents(ContentHash hash, Map<String, Entry> entries) {

        /** No entries; a new key, so that no two cache files share one. */
        static Contents empty() {
            return new Contents(ContentHash.random(new java.security.SecureRandom()), new ConcurrentHashMap<>());
        }
    }

    /**
     * Opens the cache of {@code repository} for a policy and tool build.
     *
     * @param directory the cache folder (created when the cache is saved)
     * @param policyFingerprint what the file rules' results depend on in the policy
     * @param build the tool's version and build identity
     */
    public static ResultCache open(Path directory, Path repository, String policyFingerprint, String build) {
        String key = build + "\n" + policyFingerprint;
        String name = sha256Hex((repository.toAbsolutePath().normalize() + "\n" + key)
                .getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".bin";
        Path file = directory.resolve("results").resolve(name);
        return new ResultCache(file, key, read(file, key));
    }

    /** Where this cache is kept. */
    public Path file() {
        return file;
    }

    @Override
    public Optional<Recorded> byStat(WorkspaceFile workspaceFile) {
        Entry entry = previous.get(workspaceFile.path());
        if (entry == null || workspaceFile.modified() == 0 || entry.size != workspaceFile.size()
                || entry.modified != workspaceFile.modified()) {
            return Optional.empty();
        }
        current.put(workspaceFile.path(), entry);
        return Optional.of(entry.results);
    }

    @Override
    public Optional<Recorded> byContent(WorkspaceFile workspaceFile, byte[] hash) {
        Entry entry = previous.get(workspaceFile.path());
        if (entry == null || !Arrays.equals(entry.hash, hash)) {
            return Optional.empty();
        }
        current.put(workspaceFile.path(), new Entry(workspaceFile.size(), trustedStat(workspaceFile), hash, entry.results));
        return Optional.of(entry.results);
    }

    @Override
    public void record(WorkspaceFile workspaceFile, byte[] hash, Recorded results) {
        current.put(workspaceFile.path(), new Entry(workspaceFile.size(), trustedStat(workspaceFile), hash, results));
    }

    /**
     * The modification time to trust later, or 0 (always compare content) for a file changed in the
     * last seconds: a second change within the file system's timestamp granularity would not show.
     */
    private static long trustedStat(WorkspaceFile workspaceFile) {
        long now = System.currentTimeMillis() * 1_000_000L;
        return now - workspaceFile.modified() < RECENT_NANOS ? 0 : workspaceFile.modified();
    }

    @Override
    public byte[] hash(byte[] content) {
        return contentHash.hash(content);
    }

    /**
     * Writes the cache: the entries of this run, plus the earlier entries of files that still exist
     * and that this run did not look at (a run narrowed to some files keeps the rest). Also removes
     * cache files of this folder unused for 30 days. Returns false when the cache could not be written.
     */
    public boolean save(Set<String> existingPaths) {
        Map<String, Entry> all = new java.util.TreeMap<>();
        previous.forEach((path, entry) -> {
            if (existingPaths.contains(path)) {
                all.put(path, entry);
            }
        });
        all.putAll(current);
        try {
            CacheFile.write(file, out -> write(out, all));
            pruneUnused(file.getParent());
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    static void pruneUnused(Path folder) {
        Instant limit = Instant.now().minus(UNUSED_FOR);
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> {
                try {
                    if (Files.getLastModifiedTime(f).toInstant().isBefore(limit)) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException e) {
                    // another run may have removed or replaced it
                }
            });
        } catch (IOException e) {
            // nothing to prune
        }
    }

    private void write(DataOutputStream out, Map<String, Entry> entries) throws IOException {
        writeString(out, MAGIC);
        out.writeInt(FORMAT);
        writeString(out, key);
        out.write(contentHash.key());
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            writeString(out, e.getKey());
            out.writeLong(entry.size);
            out.writeLong(entry.modified);
            out.write(entry.hash);
            out.writeBoolean(entry.results.suppressionMarker());
            out.writeInt(entry.results.findings().size());
            for (Call call : entry.results.findings()) {
                writeString(out, call.rule());
                Location l = call.location();
                writeString(out, l.path());
                out.writeInt(l.startLine());
                out.writeInt(l.startColumn());
                out.writeInt(l.endLine());
                out.writeInt(l.endColumn());
                writeNullable(out, call.message());
                writeNullable(out, call.fix());
                writeNullable(out, call.severity() == null ? null : call.severity().name());
                writeNullable(out, call.project());
                out.writeInt(call.properties().size());
                for (Map.Entry<String, List<String>> property : call.properties().entrySet()) {
                    writeString(out, property.getKey());
                    out.writeInt(property.getValue().size());
                    for (String value : property.getValue()) {
                        writeString(out, value);
                    }
                }
            }
            out.writeInt(entry.results.notes().size());
            for (String note : entry.results.notes()) {
                writeString(out, note);
            }
        }
    }

    private static Contents read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Contents.empty();
        }
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (!MAGIC.equals(readString(in)) || in.readInt() != FORMAT || !key.equals(readString(in))) {
                return Contents.empty();
            }
            ContentHash hash = ContentHash.of(readExactly(in, ContentHash.KEY_BYTES));
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String path = readString(in);
                long size = in.readLong();
                long modified = in.readLong();
                byte[] contentHash = readExactly(in, ContentHash.HASH_BYTES);
                boolean marker = in.readBoolean();
                int findings = in.readInt();
                List<Call> calls = new ArrayList<>(Math.min(findings, 1024));
                for (int f = 0; f < findings; f++) {
                    String rule = readString(in);
                    Location location = new Location(readString(in), in.readInt(), in.readInt(), in.readInt(),
                            in.readInt());
                    String message = readNullable(in);
                    String fix = readNullable(in);
                    String severity = readNullable(in);
                    String project = readNullable(in);
                    Map<String, List<String>> properties = new java.util.TreeMap<>();
                    int propertyCount = in.readInt();
                    for (int p = 0; p < propertyCount; p++) {
                        String name = readString(in);
                        int valueCount = in.readInt();
                        List<String> values = new ArrayList<>(Math.min(valueCount, 1024));
                        for (int v = 0; v < valueCount; v++) {
                            values.add(readString(in));
                        }
                        properties.put(name, values);
                    }
                    calls.add(new Call(rule, location, message, fix, severity == null ? null : Severity.valueOf(severity),
                            project, properties));
                }
                int noteCount = in.readInt();
                List<String> notes = new ArrayList<>(Math.min(noteCount, 1024));
                for (int n = 0; n < noteCount; n++) {
                    notes.add(readString(in));
                }
                entries.put(path, new Entry(size, modified, contentHash, new Recorded(calls, notes, marker)));
            }
            return new Contents(hash, entries);
        } catch (IOException | RuntimeException e) {
            // unreadable, truncated or from an incompatible build: start afresh
            return Contents.empty();
        }
    }

    private static byte[] readExactly(DataInputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException();
        }
        return bytes;
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void writeNullable(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            writeString(out, text);
        }
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (64 << 20)) {
            throw new IOException("corrupt cache");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(sha256(content));
    }

    private record Entry(long size, long modified, byte[] hash, Recorded results) {
    }

}
