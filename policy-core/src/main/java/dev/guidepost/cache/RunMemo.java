package dev.guidepost.cache;

import dev.guidepost.RunInputs;
import dev.guidepost.report.AtomicFile;
import dev.guidepost.workspace.FolderListing;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private static final int FORMAT = 2;
    private static final int MAX_ITEMS = 50_000_000;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private RunMemo() {
    }

    /**
     * One thing a command printed or wrote.
     *
     * @param file the report file it wrote (absolute), or empty for standard output
     * @param content the text
     */
    public record Output(Optional<Path> file, String content) {
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
     * @throws IOException when a report file or standard output cannot be written (report files
     *     written before it stay written, each whole)
     */
    public static OptionalInt replay(Path cacheDirectory, String key, OutputStream out) throws IOException {
        Path file = file(cacheDirectory, key);
        if (!Files.isRegularFile(file)) {
            return OptionalInt.empty();
        }
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            Optional<Head> head = readHead(in, key);
            if (head.isEmpty() || !unchanged(head.get())) {
                return OptionalInt.empty();
            }
            byte[] printed = null;
            for (int i = 0; i < head.get().outputs(); i++) {
                boolean toFile = in.readBoolean();
                if (!toFile) {
                    printed = readBytes(in);
                    continue;
                }
                Path target = Path.of(readString(in));
                long size = in.readLong();
                long modified = in.readLong();
                int length = length(in);
                if (size >= 0 && sameFile(target.toFile(), size, modified)) {
                    in.skipNBytes(length);
                } else {
                    AtomicFile.write(target, new String(in.readNBytes(length), StandardCharsets.UTF_8));
                    if (size >= 0) {
                        // the same bytes the remembered run wrote, with its time: the next replay finds the
                        // file as that run left it and need not write it again (after a `mvn clean`, say)
                        target.toFile().setLastModified(Math.floorDiv(modified, NANOS_PER_MILLI));
                    }
                }
            }
            if (printed != null) {
                out.write(printed);
            }
            out.flush();
            return OptionalInt.of(head.get().exitCode());
        } catch (EOFException | IllegalArgumentException e) {
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
                || entry.outputs().stream().filter(o -> o.file().isEmpty()).count() > 1) {
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

    /** The start of a memo file: the exit code and the inputs; the outputs follow. */
    private record Head(int exitCode, int outputs, List<String> files, long[] sizes, long[] modified,
            List<FolderListing> folders, Map<Path, Set<String>> written) {
    }

    private static Optional<Head> readHead(DataInputStream in, String key) throws IOException {
        if (!readString(in).equals(MAGIC) || in.readInt() != FORMAT || !readString(in).equals(key)) {
            return Optional.empty();
        }
        int exitCode = in.readInt();
        int fileCount = count(in);
        List<String> files = new ArrayList<>(fileCount);
        long[] sizes = new long[fileCount];
        long[] modified = new long[fileCount];
        for (int i = 0; i < fileCount; i++) {
            files.add(readString(in));
            sizes[i] = in.readLong();
            modified[i] = in.readLong();
        }
        int folderCount = count(in);
        List<FolderListing> folders = new ArrayList<>(folderCount);
        for (int i = 0; i < folderCount; i++) {
            Path folder = Path.of(readString(in));
            long time = in.readLong();
            int nameCount = count(in);
            List<String> names = new ArrayList<>(nameCount);
            for (int n = 0; n < nameCount; n++) {
                names.add(readString(in));
            }
            folders.add(new FolderListing(folder, time, names));
        }
        int writtenCount = count(in);
        Map<Path, Set<String>> written = new HashMap<>();
        for (int i = 0; i < writtenCount; i++) {
            Path folder = Path.of(readString(in));
            Set<String> names = written.get(folder);
            if (names == null) {
                names = new HashSet<>();
                written.put(folder, names);
            }
            names.add(readString(in));
        }
        int outputs = count(in);
        return Optional.of(new Head(exitCode, outputs, files, sizes, modified, folders, written));
    }

    /**
     * True when every input of a memo is as it was recorded. Plain loops on two threads: this runs
     * first thing in a fresh JVM, where streams and lambdas would cost more than the checks.
     */
    private static boolean unchanged(Head head) {
        Checker second = new Checker(head, 1);
        Thread thread = new Thread(second, "guidepost-memo");
        thread.start();
        boolean first = new Checker(head, 0).check();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return first && second.result;
    }

    /** Checks every other folder and file of a memo, starting at {@code offset}. */
    private static final class Checker implements Runnable {
        private final Head head;
        private final int offset;
        private volatile boolean result;

        Checker(Head head, int offset) {
            this.head = head;
            this.offset = offset;
        }

        @Override
        public void run() {
            result = check();
        }

        boolean check() {
            List<FolderListing> folders = head.folders();
            for (int i = offset; i < folders.size(); i += 2) {
                FolderListing folder = folders.get(i);
                Set<String> written = head.written().get(folder.folder());
                if (!folder.unchanged(written == null ? Set.of() : written)) {
                    return false;
                }
            }
            List<String> files = head.files();
            for (int i = offset; i < files.size(); i += 2) {
                if (!current(new File(files.get(i)), head.sizes()[i], head.modified()[i])) {
                    return false;
                }
            }
            return true;
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
        List<Output> files = entry.outputs().stream().filter(o -> o.file().isPresent()).toList();
        out.writeInt(files.size());
        for (Output output : files) {
            Path target = output.file().get().toAbsolutePath().normalize();
            Path parent = target.getParent();
            writeString(out, (parent == null ? target : realPath(parent)).toString());
            writeString(out, String.valueOf(target.getFileName()));
        }
        out.writeInt(entry.outputs().size());
        // report files first, standard output last: a replay that cannot write a file has printed nothing
        for (Output output : files) {
            Path target = output.file().get().toAbsolutePath();
            FileStamp written = FileStamp.of(target);
            out.writeBoolean(true);
            writeString(out, target.toString());
            out.writeLong(written.size());
            out.writeLong(written.modified());
            writeString(out, output.content());
        }
        for (Output output : entry.outputs()) {
            if (output.file().isEmpty()) {
                out.writeBoolean(false);
                writeString(out, output.content());
            }
        }
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

    private static int length(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 30) {
            throw new EOFException("bad length " + length);
        }
        return length;
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = length(in);
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException();
        }
        return bytes;
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }
}
