package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The progress line: what it says, when it is drawn and erased, and that it says nothing where it
 * is not shown. The clock is the test's; no test measures time.
 */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private Progress progress(boolean shown, long total, Progress.Measure measure) {
        return new Progress(new PrintWriter(err), shown, now::get, total, measure);
    }

    @Test
    void aKnownTotalGivesThePercentageTheAmountTheRateAndTheTimeLeft() {
        Progress progress = progress(true, 1L << 30, Progress.Measure.BYTES);

        assertThat(progress.line(300L << 20, 4 * SECOND)).isEqualTo(" 29% 300.0 MiB of 1.0 GiB, 75.0 MiB/s, 10 s left");
        assertThat(progress.line(1L << 30, 8 * SECOND)).isEqualTo("100% 1.0 GiB of 1.0 GiB, 128.0 MiB/s, 0 s left");
        assertThat(progress.line(0, 0)).isEqualTo("  0% 0 B of 1.0 GiB");
    }

    @Test
    void anUnknownTotalGivesTheAmountAndTheRateOnly() {
        Progress progress = progress(true, -1, Progress.Measure.BYTES);

        assertThat(progress.line(1536, 2 * SECOND)).isEqualTo("1.5 KiB, 768 B/s");
    }

    @Test
    void dossiersAreCountedWithTheirThousandsSeparated() {
        Progress progress = progress(true, 1_000_000, Progress.Measure.DOSSIERS);

        assertThat(progress.line(250_000, 5 * SECOND))
                .isEqualTo(" 25% 250,000 of 1,000,000 dossiers, 50,000 dossiers/s, 15 s left");
    }

    @Test
    void theTimeLeftIsInSecondsMinutesOrHours() {
        assertThat(Progress.duration(59)).isEqualTo("59 s");
        assertThat(Progress.duration(125)).isEqualTo("2 min 05 s");
        assertThat(Progress.duration(3_720)).isEqualTo("1 h 02 min");
    }

    @Test
    void theLineIsDrawnAtMostFourTimesASecondOverTheLineBeforeAndErasedWhenDone() {
        Progress progress = progress(true, 100, Progress.Measure.DOSSIERS);

        now.set(SECOND / 10);
        progress.accept(0); // too soon after the start: not drawn
        now.set(SECOND);
        progress.accept(1);
        now.set(SECOND + SECOND / 10);
        progress.accept(1); // too soon after the last drawing
        now.set(2 * SECOND);
        progress.accept(98);
        progress.done();
        now.set(3 * SECOND);
        progress.accept(1); // after done: never drawn again

        String first = "  1% 1 of 100 dossiers, 1 dossiers/s, 1 min 39 s left";
        String second = "100% 100 of 100 dossiers, 50 dossiers/s, 0 s left";
        assertThat(err.toString())
                .isEqualTo("\r" + first + "\r" + second + " ".repeat(first.length() - second.length()) + "\r"
                        + " ".repeat(second.length()) + "\r");
    }

    @Test
    void aLinePrintedOnStandardErrorErasesTheProgressFirst() {
        Progress progress = progress(true, -1, Progress.Measure.DOSSIERS);
        List<String> order = new ArrayList<>();
        Consumer<String> printer = progress.erasingBefore(line -> {
            order.add(err.toString());
            err.write(line + "\n");
        });

        now.set(SECOND);
        progress.accept(5);
        printer.accept("record 6 (line 7): rejected");

        String drawn = "5 dossiers, 5 dossiers/s";
        assertThat(order).containsExactly("\r" + drawn + "\r" + " ".repeat(drawn.length()) + "\r");
        assertThat(err.toString()).endsWith("\rrecord 6 (line 7): rejected\n");
    }

    @Test
    void nothingIsWrittenWhenTheLineIsNotShown() {
        Progress progress = progress(false, 100, Progress.Measure.DOSSIERS);
        List<Integer> items = java.util.Collections.nCopies(5_000, 1);

        now.set(10 * SECOND);
        progress.accept(50);
        progress.counting(items.iterator()).forEachRemaining(item -> now.addAndGet(SECOND));
        progress.erasingBefore(line -> {}).accept("a rejection");
        progress.done();

        assertThat(err.toString()).isEmpty();
    }
}
