package io.github.motcua.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A progress line on standard error for long work, redrawn at most four times a second: the amount
 * done, and when the total is known the percentage, then the rate and, with a total, the time
 * left, such as {@code  42% 512.0 MiB of 1.2 GiB, 85.3 MiB/s, 9 s left}. It shows only when
 * standard error is a terminal and the command is not {@code --quiet}, and only for work that
 * lasts longer than a quarter of a second; {@link #done} erases it, so that the lines after it
 * start clean.
 *
 * <p>{@link #accept} may be called from several threads at once, as a parallel read does: each
 * call adds to one atomic counter, and one thread at a time draws.
 */
final class Progress implements LongConsumer {
    /** The least time between two drawings of the line. */
    static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** How many items {@link #counting} counts before it adds them. */
    private static final int BATCH = 1_000;

    /** What is counted. */
    enum Measure {
        /** Bytes of a file or stream, in binary units: {@code 512.0 MiB}. */
        BYTES,
        /** Dossiers: {@code 420,000 dossiers}. */
        DOSSIERS;

        /** An amount done, of the total when it is known. */
        String of(long done, long total) {
            return this == BYTES
                    ? bytes(done) + (total < 0 ? "" : " of " + bytes(total))
                    : count(done) + (total < 0 ? "" : " of " + count(total)) + " dossiers";
        }

        /** A rate per second. */
        String rate(double perSecond) {
            return this == BYTES ? bytes(Math.round(perSecond)) + "/s" : count(Math.round(perSecond)) + " dossiers/s";
        }
    }

    private final PrintWriter err;
    private final boolean shown;
    private final LongSupplier clock;
    private final long total;
    private final Measure measure;
    private final long start;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong drawnAt;

    /** The width of the line on the terminal, 0 when none is drawn; guarded by this. */
    private int width;

    /** Whether {@link #done} was called; guarded by this. */
    private boolean finished;

    /**
     * A progress line.
     *
     * @param err standard error
     * @param shown whether to draw it: standard error is a terminal and the command is not quiet
     * @param clock nanoseconds from any origin
     * @param total the amount of the whole work, or a negative number when it is not known
     * @param measure what is counted
     */
    Progress(PrintWriter err, boolean shown, LongSupplier clock, long total, Measure measure) {
        this.err = err;
        this.shown = shown;
        this.clock = clock;
        this.total = total;
        this.measure = measure;
        this.start = shown ? clock.getAsLong() : 0;
        this.drawnAt = new AtomicLong(start);
    }

    /**
     * The progress line of a command, drawn when its run's standard error is a terminal and it is
     * not quiet.
     */
    static Progress of(CommandSpec spec, QuietOption quiet, long total, Measure measure) {
        Terminal terminal = Terminal.of(spec);
        return new Progress(
                spec.commandLine().getErr(),
                terminal.errIsTerminal() && !quiet.quiet,
                terminal.nanoTime(),
                total,
                measure);
    }

    /** Adds an amount done, and draws the line when it is time; thread-safe. */
    @Override
    public void accept(long amount) {
        if (!shown) {
            return;
        }
        done.addAndGet(amount);
        long now = clock.getAsLong();
        long last = drawnAt.get();
        if (now - last >= INTERVAL_NANOS && drawnAt.compareAndSet(last, now)) {
            draw(now);
        }
    }

    /** Counts the items as they are taken, in batches. */
    <T> Iterator<T> counting(Iterator<T> items) {
        if (!shown) {
            return items;
        }
        return new Iterator<>() {
            private int taken;

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public T next() {
                T next = items.next();
                if (++taken == BATCH) {
                    accept(taken);
                    taken = 0;
                }
                return next;
            }
        };
    }

    /** A consumer that prints on standard error, erasing the line first so that the two do not mix. */
    <T> Consumer<T> erasingBefore(Consumer<T> printer) {
        if (!shown) {
            return printer;
        }
        return value -> {
            erase();
            printer.accept(value);
        };
    }

    /** Erases the line for good: the work is done, or stopped. */
    synchronized void done() {
        finished = true;
        erase();
    }

    private synchronized void draw(long now) {
        if (finished) {
            return;
        }
        String line = line(done.get(), now - start);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    private synchronized void erase() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }

    /** The text of the line for an amount done after a time. */
    String line(long amount, long elapsedNanos) {
        StringBuilder line = new StringBuilder();
        if (total > 0) {
            line.append(String.format(Locale.ROOT, "%3d%% ", Math.min(100, amount * 100 / total)));
        }
        line.append(measure.of(amount, total));
        if (amount > 0 && elapsedNanos > 0) {
            double perSecond = amount * 1e9 / elapsedNanos;
            line.append(", ").append(measure.rate(perSecond));
            if (total > 0) {
                long secondsLeft = (long) Math.ceil(Math.max(0, total - amount) / perSecond);
                line.append(", ").append(duration(secondsLeft)).append(" left");
            }
        }
        return line.toString();
    }

    /** A number of bytes in binary units, with one decimal from KiB up: {@code 512 B}, {@code 1.2 GiB}. */
    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** A count with thousands separated by commas: {@code 1,000,000}. */
    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** A number of seconds: {@code 9 s}, {@code 2 min 05 s}, {@code 1 h 02 min}. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
