package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.DateRange;
import io.github.motcua.evidence.FeedbackHandling;
import io.github.motcua.feedback.FeedbackItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Indicator 8's counts computed from feedback items: each unit counts its own items of the window, once. */
class FeedbackHandlingProperties {
    private static final List<String> UNITS = List.of("TC.BPMC", "TC.X01", "TC.X02");

    @Provide
    Arbitrary<List<FeedbackItem>> items() {
        return MotcuaArbitraries.feedbackItems().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<DateRange> windows() {
        return MotcuaArbitraries.dateRangesIn(DateRange.ofClosed(LocalDate.of(2022, 12, 1), LocalDate.of(2024, 1, 31)));
    }

    @Property
    void theUnitsTogetherCountEveryItemReceivedInTheWindowOnce(
            @ForAll("items") List<FeedbackItem> items, @ForAll("windows") DateRange window) {
        long received = 0;
        long onTime = 0;
        long prolonged = 0;
        for (String unit : UNITS) {
            FeedbackHandling handling = FeedbackHandling.ofUnit(unit, items, window);
            received += handling.received();
            onTime += handling.handledOnTime();
            prolonged += handling.prolonged();
        }

        List<FeedbackItem> inWindow = items.stream()
                .filter(item -> window.contains(item.receivedOn()))
                .toList();
        assertThat(received).isEqualTo(inWindow.size());
        assertThat(prolonged)
                .isEqualTo(inWindow.stream().filter(FeedbackItem::prolonged).count());
        assertThat(onTime)
                .isEqualTo(inWindow.stream()
                        .filter(item -> item.handledOn().isPresent()
                                        && !item.handledOn().get().isAfter(window.endInclusive())
                                ? !item.handledOn().get().isAfter(item.dueOn())
                                : !item.dueOn().isBefore(window.endInclusive()))
                        .count());
    }

    @Property
    void anItemOfAnotherUnitChangesNothing(
            @ForAll("items") List<FeedbackItem> items, @ForAll("windows") DateRange window) {
        FeedbackHandling before = FeedbackHandling.ofUnit("TC.X01", items, window);
        List<FeedbackItem> withOthers = new ArrayList<>(items);
        items.stream()
                .filter(item -> item.unitCode().equals("TC.X01"))
                .forEach(item -> withOthers.add(
                        FeedbackItem.builder().from(item).unitCode("TC.X99").build()));

        assertThat(FeedbackHandling.ofUnit("TC.X01", withOthers, window)).isEqualTo(before);
    }
}
