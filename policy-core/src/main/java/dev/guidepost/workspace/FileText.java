package dev.guidepost.workspace;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How Guidepost reads the text of a file: one policy for every target, for the files outside the
 * repository that a run reads (a user settings file) and for the lines a report quotes.
 *
 * <ul>
 *   <li><b>Encoding:</b> UTF-8, strictly. A file that is not valid UTF-8 has no text (it is not
 *       checked, and a report note says so); no character is replaced or guessed.</li>
 *   <li><b>Byte-order mark:</b> one leading UTF-8 BOM is dropped, so columns count from the first
 *       real character.</li>
 *   <li><b>Line endings:</b> the text keeps them as they are. Lines end at {@code \n}; a
 *       {@code \r} right before it belongs to the line end, not to the line ({@link #lines}), as
 *       for the syntax trees; a lone {@code \r} ends no line.</li>
 *   <li><b>Size:</b> files larger than {@link #MAX_BYTES} are not read.</li>
 * </ul>
 */
public final class FileText {

    /** Files larger than this are not read. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private FileText() {
    }

    /** The outcome of reading a file: its text, or why it has none. */
    public sealed interface Read permits Text, Unreadable {

        /** The text, when the file could be read. */
        default Optional<String> text() {
            return this instanceof Text t ? Optional.of(t.value()) : Optional.empty();
        }
    }

    /** A file's text, decoded by the policy above. */
    public record Text(String value) implements Read {
    }

    /** Why a file has no text: "not UTF-8 text", "larger than 2 MiB", "cannot be read (…)". */
    public record Unreadable(String reason) implements Read {
    }

    /** Reads a file of the workspace (its size as scanned decides the size limit). */
    public static Read read(WorkspaceFile file) {
        if (file.size() > MAX_BYTES) {
            return tooLarge();
        }
        try {
            return decode(Files.readAllBytes(file.absolutePath()));
        } catch (IOException e) {
            return cannotRead(e);
        }
    }

    /** Reads any file, for example one outside the repository. */
    public static Read read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return tooLarge();
            }
            return decode(Files.readAllBytes(file));
        } catch (IOException e) {
            return cannotRead(e);
        }
    }

    /** A file over the size limit (for callers that read the bytes themselves). */
    public static Unreadable tooLarge() {
        return new Unreadable("larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
    }

    /** A file whose bytes could not be read (for callers that read the bytes themselves). */
    public static Unreadable cannotRead(IOException e) {
        return new Unreadable("cannot be read (" + e.getMessage() + ")");
    }

    /** Decodes a file's bytes: strict UTF-8, one leading byte-order mark dropped. */
    public static Read decode(byte[] bytes) {
        try {
            String text = Utf8.decode(bytes);
            return new Text(!text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return new Unreadable("not UTF-8 text");
        }
    }

    /** Whether every char of the text is ASCII (below 128). */
    public static boolean isAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The lines of a text, without their line ends; a text ending in a line end has an empty last line. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        eachLine(text, (number, start, end) -> lines.add(text.substring(start, end)));
        return lines;
    }

    /** Told of each line {@link #eachLine} finds. */
    @FunctionalInterface
    public interface LineVisitor {

        /** Line {@code number} (from 1) is the text from {@code start} to {@code end}, its line end left out. */
        void line(int number, int start, int end);
    }

    /**
     * Walks the lines of a text as {@link #lines} splits them (at {@code \n}, a {@code \r} before it
     * left out), without copying them; returns how many there are.
     */
    public static int eachLine(String text, LineVisitor visitor) {
        int number = 1;
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            visitor.line(number++, start, i > start && text.charAt(i - 1) == '\r' ? i - 1 : i);
            start = i + 1;
        }
        visitor.line(number, start, text.length());
        return number;
    }
}
