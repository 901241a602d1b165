package io.github.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedbackItemTest {
    private static final LocalDate RECEIVED = LocalDate.of(2023, 3, 1);
    private static final LocalDate DUE = LocalDate.of(2023, 3, 15);

    private static FeedbackItem.Builder item() {
        return FeedbackItem.builder()
                .id("PAKN-1")
                .unitCode("TC.BPMC")
                .receivedOn(RECEIVED)
                .dueOn(DUE);
    }

    @Test
    void anItemIsNeitherPublishedNorProlongedUnlessSaid() {
        FeedbackItem pending = item().build();

        assertThat(pending.published()).isFalse();
        assertThat(pending.prolonged()).isFalse();
        assertThat(pending.handledOn()).isEmpty();
    }

    @Test
    void anItemIsHandledFromTheDayItWasHandled() {
        FeedbackItem handled = item().handledOn(DUE).build();

        assertThat(handled.isHandledBy(DUE.minusDays(1))).isFalse();
        assertThat(handled.isHandledBy(DUE)).isTrue();
        assertThat(item().build().isHandledBy(DUE.plusYears(1))).isFalse();
    }

    @Test
    void anItemHandledOnItsDueDateIsOnTimeAndOneDayLaterIsLate() {
        assertThat(item().handledOn(DUE).build().isOnTimeOn(DUE.plusDays(30))).isTrue();
        assertThat(item().handledOn(DUE.plusDays(1)).build().isOnTimeOn(DUE.plusDays(30)))
                .isFalse();
    }

    @Test
    void aPendingItemIsOnTimeUntilTheEndOfItsDueDate() {
        FeedbackItem pending = item().build();

        assertThat(pending.isOnTimeOn(DUE)).isTrue();
        assertThat(pending.isOnTimeOn(DUE.plusDays(1))).isFalse();
    }

    @Test
    void anItemHandledLateAfterTheDayAskedAboutIsStillPendingThatDay() {
        FeedbackItem handledLate = item().handledOn(DUE.plusDays(10)).build();

        assertThat(handledLate.isOnTimeOn(DUE.minusDays(1))).isTrue();
        assertThat(handledLate.isOnTimeOn(DUE.plusDays(5))).isFalse();
    }

    @Test
    void aDueDateOrAHandlingDateBeforeTheReceiptIsRefused() {
        assertThatThrownBy(() -> item().dueOn(RECEIVED.minusDays(1)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("dueOn")
                .hasMessageContaining("must not be before the receipt (2023-03-01)");
        assertThatThrownBy(() -> item().handledOn(RECEIVED.minusDays(1)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("handledOn");
        assertThat(item().dueOn(RECEIVED).handledOn(RECEIVED).build().isOnTimeOn(RECEIVED))
                .isTrue();
    }

    @Test
    void onlyAHandledItemIsPublished() {
        assertThatThrownBy(() -> item().published(true).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("only a handled item is published");
        assertThat(item().handledOn(DUE).published(true).build().published()).isTrue();
    }

    @Test
    void theIdAndTheUnitCodeAreCodes() {
        assertThatThrownBy(() -> item().id(" PAKN-1").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("id");
        assertThatThrownBy(() -> item().unitCode("TC.BPMC\u200B").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("unitCode");
    }
}
