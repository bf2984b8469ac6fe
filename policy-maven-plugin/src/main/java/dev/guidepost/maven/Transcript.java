package dev.guidepost.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one run of a goal says and how it ends, apart from Maven: the lines to log, in order, each at
 * its level, then the closing message, which is logged ({@link Ending#PASSED}) or becomes the build's
 * failure ({@link Ending#FAILED}: a failed check) or error ({@link Ending#BROKEN}: a run that could
 * not be made). The same for a run inside Maven's JVM, one in a forked JVM and one answered from the
 * run memo; the forked JVM and the memo keep it as text ({@link #encode}).
 *
 * @param lines what is logged before the end
 * @param ending how the run ends
 * @param message the summary line, or what went wrong
 */
public record Transcript(List<Line> lines, Ending ending, String message) {

    private static final String FORMAT = "guidepost-transcript/1";

    /** The level a line is logged at. */
    public enum Level { ERROR, WARN, INFO }

    /** How a run ends. */
    public enum Ending { PASSED, FAILED, BROKEN }

    /** One line of the log. */
    public record Line(Level level, String text) {
    }

    public Transcript {
        lines = List.copyOf(lines);
    }

    /** A run that could not be made, after logging {@code lines}. */
    static Transcript broken(List<Line> lines, String message) {
        return new Transcript(lines, Ending.BROKEN, message);
    }

    /** The text form, read back by {@link #decode}. */
    public String encode() {
        Fields.Writer out = new Fields.Writer().add(FORMAT).add(ending.name()).add(message)
                .add(String.valueOf(lines.size()));
        for (Line line : lines) {
            out.add(line.level().name()).add(line.text());
        }
        return out.add(FORMAT).text();
    }

    /** The transcript {@code text} holds; empty when it is not one whole transcript. */
    public static Optional<Transcript> decode(String text) {
        Optional<Fields.Reader> record = Fields.record(text, FORMAT);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        try {
            Fields.Reader in = record.get();
            Ending ending = Ending.valueOf(in.next());
            String message = in.next();
            int count = in.count();
            List<Line> lines = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                lines.add(new Line(Level.valueOf(in.next()), in.next()));
            }
            if (!in.next().equals(FORMAT) || !in.done()) {
                return Optional.empty();
            }
            return Optional.of(new Transcript(lines, ending, message));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
