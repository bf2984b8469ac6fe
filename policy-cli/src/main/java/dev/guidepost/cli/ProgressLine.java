package dev.guidepost.cli;

import dev.guidepost.engine.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Draws "checking 1,234/4,338 files (28 %), 950 files/s" on one line of standard error, redrawn in
 * place at most a few times a second, once the run has taken longer than {@link #DELAY_NANOS};
 * {@link #close()} erases it before the report is printed. Quick runs never show it, nor does a
 * line that is switched off (not a terminal, or {@code --quiet}).
 */
final class ProgressLine implements ProgressListener, AutoCloseable {

    static final long DELAY_NANOS = 1_000_000_000L;
    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final boolean enabled;
    private final long started;
    private final AtomicLong lastDrawn = new AtomicLong(Long.MIN_VALUE);
    private int width;

    ProgressLine(PrintWriter err, LongSupplier clock, boolean enabled) {
        this.err = err;
        this.clock = clock;
        this.enabled = enabled;
        this.started = clock.getAsLong();
    }

    @Override
    public void filesChecked(int done, int total) {
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (now - started < DELAY_NANOS) {
            return;
        }
        long last = lastDrawn.get();
        boolean due = last == Long.MIN_VALUE || now - last >= INTERVAL_NANOS || done == total;
        if (!due || !lastDrawn.compareAndSet(last, now)) {
            return; // another worker draws this one
        }
        draw(done, total, now);
    }

    private synchronized void draw(int done, int total, long now) {
        double seconds = (now - started) / 1e9;
        String line = String.format(Locale.ROOT, "checking %,d/%,d files (%d %%), %,.0f files/s", done, total,
                total == 0 ? 100 : done * 100L / total, done / seconds);
        String padding = " ".repeat(Math.max(0, width - line.length()));
        width = Math.max(width, line.length());
        err.print("\r" + line + padding);
        err.flush();
    }

    /** Erases the line, if it was ever drawn. */
    @Override
    public synchronized void close() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
