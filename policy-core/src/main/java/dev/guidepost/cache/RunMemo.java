package dev.guidepost.cache;

import dev.guidepost.RunInputs;
import dev.guidepost.report.AtomicFile;
import dev.guidepost.workspace.FolderListing;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The run memo: what a whole command printed and wrote, kept with everything its report depended on
 * ({@link RunInputs}), so that the same command on an unchanged repository answers without loading
 * the policy, scanning or checking anything. One file per command key under {@code runs/} in the
 * cache folder (never in the repository).
 *
 * <p>The key names the command completely (the caller's job: tool build, working folder, arguments,
 * what decides colour). An entry is replayed only when every input is as recorded: each file has the
 * same size and modification time (or is still absent), each listed folder has the same entries (its
 * modification time, else a new listing; the memo's own report files left out). A run whose inputs
 * changed within {@link #RECENT_NANOS} before it started is not kept: a later change then always has
 * a later time, even on a coarse file clock, so times are compared to the millisecond. A report file
 * still as the remembered run left it (same size and time) is not written again; one written again gets the
 * remembered run's time back, so that later replays leave it alone too. Memo files are
 * written whole under a temporary name and moved into place, so two runs sharing the folder each see
 * a whole entry; one that cannot be read is a miss.
 */
public final class RunMemo {

    /** Inputs changed this shortly before a run started make it unfit to keep (nanoseconds). */
    public static final long RECENT_NANOS = 2_000_000_000L;

    private static final String MAGIC = "guidepost-run-memo";
    private static final int FORMAT = 3;
    private static final String INDEX_MAGIC = "guidepost-launch-index";
    private static final int INDEX_FORMAT = 1;
    private static final String INDEX_PREFIX = "launch-";
    private static final int MAX_ITEMS = 50_000_000;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private RunMemo() {
    }

    /** One thing a command printed or wrote. */
    public sealed interface Output {
    }

    /** What a command printed on standard output. */
    public record Printed(String text) implements Output {
    }

    /**
     * A report file a command wrote, kept as the command left it: its bytes are read back when the memo
     * is saved, so a report of megabytes is never held in memory for the memo. A memo is not kept when
     * the file is no longer a regular file then (a device such as {@code /dev/null} cannot be read back).
     */
    public record Written(Path file) implements Output {
        public Written {
            file = file.toAbsolutePath();
        }
    }

    /** What a command did (its exit code and outputs), and what that depended on. */
    public record Entry(int exitCode, List<Output> outputs, RunInputs inputs) {
        public Entry {
            outputs = List.copyOf(outputs);
        }
    }

    /** The memo file of a command key. */
    public static Path file(Path cacheDirectory, String key) {
        // a plain 64-bit hash and no string concatenation: this runs first thing in a fresh JVM, and
        // the whole key is stored in the file and compared, so two keys sharing a name only miss
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        String name = new StringBuilder(Long.toHexString(hash)).append('-').append(Integer.toHexString(key.hashCode()))
                .append(".memo").toString();
        return cacheDirectory.resolve("runs").resolve(name);
    }

    /**
     * Replays the command of {@code key} when its memo is current: writes its report files (those not
     * still as it left them), then prints its standard output to {@code out}, and returns its exit
     * code. Empty, having written and printed nothing, when there is no current memo.
     *
     * <p>This is the whole of a re-run's work, first thing in a fresh JVM: java.io streams (loaded
     * with the JVM) rather than NIO channels, the inputs read as one block and decoded by hand, and
     * the {@code stat} calls split over two threads, each decoding its own half of the paths.
     *
     * @throws IOException when a report file or standard output cannot be written (report files
     *     written before it stay written, each whole)
     */
    public static OptionalInt replay(Path cacheDirectory, String key, OutputStream out) throws IOException {
        File memo = file(cacheDirectory, key).toFile();
        InputStream raw;
        try {
            raw = new FileInputStream(memo);
        } catch (FileNotFoundException e) {
            return OptionalInt.empty();
        }
        long limit = memo.length(); // no length read from the memo is longer than the memo
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (!readString(in, limit).equals(MAGIC) || in.readInt() != FORMAT || !readString(in, limit).equals(key)) {
                return OptionalInt.empty();
            }
            int exitCode = in.readInt();
            if (!unchanged(readBytes(in, limit))) {
                return OptionalInt.empty();
            }
            int outputs = count(in);
            for (int i = 0; i < outputs; i++) {
                boolean toFile = in.readBoolean();
                if (!toFile) {
                    int length = length(in, limit);
                    if (in.available() < length) {
                        throw new EOFException(); // cut short: print nothing rather than part of it
                    }
                    copy(in, length, out);
                    continue;
                }
                Path target = Path.of(readString(in, limit));
                long size = in.readLong();
                long modified = in.readLong();
                int length = length(in, limit);
                if (size >= 0 && sameFile(target.toFile(), size, modified)) {
                    in.skipNBytes(length);
                } else {
                    AtomicFile.write(target, file -> copy(in, length, file));
                    if (size >= 0) {
                        // the same bytes the remembered run wrote, with its time: the next replay finds the
                        // file as that run left it and need not write it again (after a `mvn clean`, say)
                        target.toFile().setLastModified(Math.floorDiv(modified, NANOS_PER_MILLI));
                    }
                }
            }
            out.flush();
            return OptionalInt.of(exitCode);
        } catch (EOFException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return OptionalInt.empty(); // a memo cut short or of another shape: a miss
        }
    }

    /**
     * Keeps {@code entry} for {@code key}, unless an input changed shortly before the run started.
     * Report files must have been written already: their state now is what a replay expects to find.
     * Returns whether it was kept; a memo that cannot be written is no error, only a later miss.
     */
    public static boolean save(Path cacheDirectory, String key, Entry entry) {
        if (!entry.inputs().settledFor(RECENT_NANOS)
                || entry.outputs().stream().filter(Printed.class::isInstance).count() > 1) {
            return false;
        }
        Path file = file(cacheDirectory, key);
        try {
            CacheFile.write(file, out -> write(out, key, entry));
            ResultCache.pruneUnused(file.getParent());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Writes the launch index {@code index} for the native replay (guidepost-replay, started by the
     * launcher in place of java): it names the memo of {@code key} in {@code cacheDirectory} for the
     * launch key {@code launchKey} (hex, the command line as the launcher started it). The replay
     * answers a later launch of that key from the memo, checking the memo's inputs as
     * {@link #replay} does, without starting a JVM. Called after a run kept or replayed that memo.
     * Returns whether it was written; nothing is written for an index named otherwise than the replay
     * names them ({@code runs/launch-} and 16 hex digits) or a key that is not hex.
     */
    public static boolean link(Path index, String launchKey, Path cacheDirectory, String key) {
        String name = String.valueOf(index.getFileName());
        if (!index.isAbsolute() || !name.startsWith(INDEX_PREFIX) || !hex(name.substring(INDEX_PREFIX.length()), 16)
                || launchKey.isEmpty() || !hex(launchKey, launchKey.length())
                || !String.valueOf(index.getParent().getFileName()).equals("runs")) {
            return false;
        }
        Path memo = file(cacheDirectory, key).toAbsolutePath();
        try {
            CacheFile.write(index, out -> {
                writeString(out, INDEX_MAGIC);
                out.writeInt(INDEX_FORMAT);
                writeString(out, launchKey);
                writeString(out, memo.toString());
                writeString(out, key);
            });
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** True when {@code text} is {@code length} lower-case hex digits. */
    private static boolean hex(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when every input recorded in {@code inputs} (the block {@link #inputs} wrote) is as it was.
     * The main thread finds where each half of the files and folders starts; a second thread checks
     * the second half. Plain loops, no lambdas: this runs first thing in a fresh JVM.
     */
    private static boolean unchanged(byte[] inputs) {
        Cursor cursor = new Cursor(inputs, 0);
        int fileCount = cursor.count();
        int filesAt = cursor.at;
        int half = fileCount / 2;
        int secondFilesAt = -1;
        for (int i = 0; i < fileCount; i++) {
            if (i == half) {
                secondFilesAt = cursor.at;
            }
            cursor.skip(cursor.length() + 16);
        }
        int folderCount = cursor.count();
        int foldersAt = cursor.at;
        int folderHalf = folderCount / 2;
        int secondFoldersAt = -1;
        for (int i = 0; i < folderCount; i++) {
            if (i == folderHalf) {
                secondFoldersAt = cursor.at;
            }
            cursor.skip(cursor.length() + 8);
            int names = cursor.count();
            for (int n = 0; n < names; n++) {
                cursor.skip(cursor.length());
            }
        }
        Map<Path, Set<String>> written = new HashMap<>();
        int writtenCount = cursor.count();
        for (int i = 0; i < writtenCount; i++) {
            Path folder = Path.of(cursor.string());
            Set<String> names = written.get(folder);
            if (names == null) {
                names = new HashSet<>();
                written.put(folder, names);
            }
            names.add(cursor.string());
        }
        Checker second = new Checker(inputs, written, secondFilesAt, fileCount - half, secondFoldersAt,
                folderCount - folderHalf, null);
        Thread thread = new Thread(second, "guidepost-memo");
        thread.setDaemon(true); // never keeps the JVM alive, whatever happens to the first half
        thread.start();
        Checker first = new Checker(inputs, written, filesAt, half, foldersAt, folderHalf, second);
        boolean same = first.check();
        if (!same) {
            second.stop = true;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return same && second.result;
    }

    /** Reads the memo's inputs block: big-endian numbers and length-prefixed UTF-8 strings. */
    private static final class Cursor {
        private final byte[] bytes;
        private int at;

        Cursor(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        int readInt() {
            byte[] b = bytes;
            int i = at;
            if (i < 0 || i + 4 > b.length) {
                throw new IndexOutOfBoundsException(i);
            }
            at = i + 4;
            return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | b[i + 3] & 0xff;
        }

        long readLong() {
            return (long) readInt() << 32 | readInt() & 0xffffffffL;
        }

        int count() {
            int n = readInt();
            if (n < 0 || n > MAX_ITEMS) {
                throw new IndexOutOfBoundsException(n);
            }
            return n;
        }

        int length() {
            int n = readInt();
            if (n < 0 || n > bytes.length - at) {
                throw new IndexOutOfBoundsException(n);
            }
            return n;
        }

        void skip(int n) {
            at += n;
        }

        String string() {
            int n = length();
            String text = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return text;
        }
    }

    /** Checks a run of the files and a run of the folders of a memo's inputs. */
    private static final class Checker implements Runnable {
        private final byte[] inputs;
        private final Map<Path, Set<String>> written;
        private final int filesAt;
        private final int files;
        private final int foldersAt;
        private final int folders;
        /** The other half's checker, told to stop when this half finds a change; null for the second half. */
        private final Checker other;
        private volatile boolean stop;
        private volatile boolean result;

        Checker(byte[] inputs, Map<Path, Set<String>> written, int filesAt, int files, int foldersAt, int folders,
                Checker other) {
            this.inputs = inputs;
            this.written = written;
            this.filesAt = filesAt;
            this.files = files;
            this.foldersAt = foldersAt;
            this.folders = folders;
            this.other = other;
        }

        @Override
        public void run() {
            try {
                result = check();
            } catch (RuntimeException e) {
                result = false;
            }
        }

        boolean check() {
            Cursor cursor = new Cursor(inputs, foldersAt);
            for (int i = 0; i < folders; i++) {
                if (stopped()) {
                    return false;
                }
                String folder = cursor.string();
                long modified = cursor.readLong();
                int names = cursor.count();
                if (modified == FolderListing.UNREADABLE) {
                    return changed();
                }
                // to the millisecond: a memo keeps only runs whose inputs were older than the run by seconds
                if (new File(folder).lastModified() == Math.floorDiv(modified, NANOS_PER_MILLI)) {
                    for (int n = 0; n < names; n++) {
                        cursor.skip(cursor.length());
                    }
                    continue;
                }
                List<String> listed = new ArrayList<>(names);
                for (int n = 0; n < names; n++) {
                    listed.add(cursor.string());
                }
                Path path = Path.of(folder);
                Set<String> leaveOut = written.get(path);
                if (!new FolderListing(path, modified, listed).unchanged(leaveOut == null ? Set.of() : leaveOut)) {
                    return changed();
                }
            }
            cursor = new Cursor(inputs, filesAt);
            for (int i = 0; i < files; i++) {
                if ((i & 63) == 0 && stopped()) {
                    return false;
                }
                String file = cursor.string();
                long size = cursor.readLong();
                long modified = cursor.readLong();
                if (!current(new File(file), size, modified)) {
                    return changed();
                }
            }
            return true;
        }

        private boolean stopped() {
            return stop || other != null && other.stop;
        }

        private boolean changed() {
            stop = true;
            return false;
        }
    }

    /** A file as recorded: absent, a folder, or the same size and modification time (to the millisecond). */
    private static boolean current(File file, long size, long modified) {
        if (size == FileStamp.ABSENT) {
            return !file.exists();
        }
        if (size == FileStamp.FOLDER) {
            return file.exists() && !file.isFile() && file.lastModified() == modified / NANOS_PER_MILLI;
        }
        return sameFile(file, size, modified);
    }

    private static boolean sameFile(File file, long size, long modified) {
        long time = file.lastModified();
        // two stat calls, no objects: a folder or device in the file's place has another size or time
        return time != 0 && time == Math.floorDiv(modified, NANOS_PER_MILLI) && file.length() == size;
    }

    private static void write(DataOutputStream out, String key, Entry entry) throws IOException {
        writeString(out, MAGIC);
        out.writeInt(FORMAT);
        writeString(out, key);
        out.writeInt(entry.exitCode());
        ByteArrayOutputStream block = new ByteArrayOutputStream(1 << 16);
        inputs(new DataOutputStream(block), entry);
        out.writeInt(block.size());
        block.writeTo(out);
        out.writeInt(entry.outputs().size());
        // report files first, standard output last: a replay that cannot write a file has printed nothing
        for (Written output : reportFiles(entry)) {
            Path target = output.file();
            FileStamp written = FileStamp.of(target);
            if (written.size() < 0 || written.size() > Integer.MAX_VALUE) {
                throw new IOException(target + " cannot be kept: not a regular file, or too large");
            }
            out.writeBoolean(true);
            writeString(out, target.toString());
            out.writeLong(written.size());
            out.writeLong(written.modified());
            out.writeInt((int) written.size());
            try (InputStream in = new FileInputStream(target.toFile())) {
                if (in.transferTo(out) != written.size() || !written.current()) {
                    throw new IOException(target + " changed while it was kept");
                }
            }
        }
        for (Output output : entry.outputs()) {
            if (output instanceof Printed printed) {
                out.writeBoolean(false);
                writeString(out, printed.text());
            }
        }
    }

    private static List<Written> reportFiles(Entry entry) {
        return entry.outputs().stream().filter(Written.class::isInstance).map(Written.class::cast).toList();
    }

    /**
     * The inputs block: the files, the folders with their entries' names, and the names of the report
     * files in each folder (left out of a folder's listing when it is compared).
     */
    private static void inputs(DataOutputStream out, Entry entry) throws IOException {
        out.writeInt(entry.inputs().files().size());
        for (FileStamp stamp : entry.inputs().files()) {
            writeString(out, stamp.file().toString());
            out.writeLong(stamp.size());
            out.writeLong(stamp.modified());
        }
        out.writeInt(entry.inputs().folders().size());
        for (FolderListing folder : entry.inputs().folders()) {
            writeString(out, folder.folder().toString());
            out.writeLong(folder.modified());
            out.writeInt(folder.names().size());
            for (String name : folder.names()) {
                writeString(out, name);
            }
        }
        List<Written> files = reportFiles(entry);
        out.writeInt(files.size());
        for (Written output : files) {
            Path target = output.file().normalize();
            Path parent = target.getParent();
            writeString(out, (parent == null ? target : realPath(parent)).toString());
            writeString(out, String.valueOf(target.getFileName()));
        }
        out.flush();
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_ITEMS) {
            throw new EOFException("bad count " + n);
        }
        return n;
    }

    private static int length(DataInputStream in, long limit) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > limit) {
            throw new EOFException("bad length " + length);
        }
        return length;
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * Copies {@code length} bytes to {@code out} through one 64 KiB buffer: standard output can be
     * megabytes, and one array of its size costs more in page faults than the copy itself.
     */
    private static void copy(DataInputStream in, int length, OutputStream out) throws IOException {
        byte[] buffer = new byte[Math.min(length, 1 << 16)];
        int left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, Math.min(left, buffer.length));
            if (n < 0) {
                throw new EOFException();
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static byte[] readBytes(DataInputStream in, long limit) throws IOException {
        return readExactly(in, length(in, limit));
    }

    private static byte[] readExactly(DataInputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    private static String readString(DataInputStream in, long limit) throws IOException {
        return new String(readBytes(in, limit), StandardCharsets.UTF_8);
    }
}
