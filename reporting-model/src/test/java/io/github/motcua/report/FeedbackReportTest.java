package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.DateRange;
import io.github.motcua.feedback.FeedbackItem;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FeedbackReportTest {
    private static final DateRange YEAR_2023 =
            DateRange.ofClosed(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 14));

    private static FeedbackItem item(String id, LocalDate received, @Nullable LocalDate handled, boolean published) {
        FeedbackItem.Builder item = FeedbackItem.builder()
                .id(id)
                .unitCode("TC.BPMC")
                .receivedOn(received)
                .dueOn(received.plusDays(10));
        if (handled != null) {
            item.handledOn(handled).published(published);
        }
        return item.build();
    }

    @Test
    void eachItemFallsInTheColumnItsDatesGiveIt() {
        List<FeedbackItem> items = List.of(
                item("before-handled-before", LocalDate.of(2022, 11, 1), LocalDate.of(2022, 12, 14), true),
                item("carried-handled", LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 15), true),
                item("carried-pending", LocalDate.of(2022, 12, 10), null, false),
                item("new-handled", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 5), false),
                item("new-handled-after", LocalDate.of(2023, 12, 10), LocalDate.of(2023, 12, 15), true),
                item("after", LocalDate.of(2023, 12, 15), null, false));

        FeedbackReport report = FeedbackReport.of(items, YEAR_2023);

        assertThat(report).isEqualTo(new FeedbackReport(2, 2, 2, 1, 2));
    }

    @Test
    void noItemsGiveTheFoundingReportsZeros() {
        assertThat(FeedbackReport.of(List.of(), YEAR_2023)).isEqualTo(new FeedbackReport(0, 0, 0, 0, 0));
    }
}
