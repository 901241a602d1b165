package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.DateRange;
import io.github.motcua.feedback.FeedbackItem;
import io.github.motcua.testkit.MotcuaArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Biểu 05 computed from feedback items: its identities hold, and consecutive windows chain. */
class FeedbackReportProperties {
    private static final DateRange BOUNDS = DateRange.ofClosed(LocalDate.of(2022, 12, 1), LocalDate.of(2024, 1, 31));

    @Provide
    Arbitrary<List<FeedbackItem>> items() {
        return MotcuaArbitraries.feedbackItems().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<DateRange> windows() {
        return MotcuaArbitraries.dateRangesIn(BOUNDS);
    }

    @Property
    void everyItemInTheWindowIsHandledOrInProgressAndNoOtherIsCounted(
            @ForAll("items") List<FeedbackItem> items, @ForAll("windows") DateRange window) {
        FeedbackReport report = FeedbackReport.of(items, window);

        long inWindow = items.stream()
                .filter(item -> !item.receivedOn().isAfter(window.endInclusive())
                        && item.handledOn()
                                .filter(handled -> handled.isBefore(window.start()))
                                .isEmpty())
                .count();
        assertThat(report.received()).isEqualTo(inWindow);
        assertThat(report.newItems())
                .isEqualTo(items.stream()
                        .filter(item -> window.contains(item.receivedOn()))
                        .count());
        assertThat(report.handled())
                .isEqualTo(items.stream()
                        .filter(item ->
                                item.handledOn().filter(window::contains).isPresent())
                        .count());
        assertThat(report.published())
                .isEqualTo(items.stream()
                        .filter(item -> item.published()
                                && item.handledOn().filter(window::contains).isPresent())
                        .count());
    }

    @Property
    void whatIsInProgressAtTheEndOfAWindowIsCarriedOverIntoTheNext(
            @ForAll("items") List<FeedbackItem> items,
            @ForAll("windows") DateRange first,
            @ForAll("windows") DateRange any) {
        LocalDate nextStart = first.endInclusive().plusDays(1);
        DateRange next = DateRange.ofClosed(nextStart, nextStart.plusDays(any.lengthInDays() - 1));

        assertThat(FeedbackReport.of(items, next).carriedOver())
                .isEqualTo(FeedbackReport.of(items, first).inProgress());
    }
}
