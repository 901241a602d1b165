package io.github.motcua.feedback;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.InvalidValueException;
import io.github.motcua.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of feedback or a recommendation about administrative procedures (phản ánh, kiến nghị)
 * received by a unit, and how it was handled.
 *
 * <pre>{@code
 * FeedbackItem item = FeedbackItem.builder()
 *         .id("PAKN-2023-001")
 *         .unitCode("TC.BPMC")
 *         .receivedOn(LocalDate.of(2023, 3, 1))
 *         .dueOn(LocalDate.of(2023, 3, 15))
 *         .handledOn(LocalDate.of(2023, 3, 10))
 *         .published(true)
 *         .build();
 * }</pre>
 *
 * <p>The time limit for handling is the caller's: it depends on the kind of item and the body that
 * handles it, and the library keeps no table of it. {@link #prolonged()} records the fact that
 * indicator 8 of TT 01/2018/TT-VPCP asks about ("kéo dài": an item whose handling dragged on, such
 * as one sent again because it was not settled), which a handling date cannot show.
 *
 * <p>Rules checked when it is built: the id and the unit code are codes (not blank, no white
 * space at their edges, no control or invisible character, no quotation mark); the due date and
 * the handling date are not before the receipt; only a handled item is published.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFeedbackItem.class)
@JsonDeserialize(as = ImmutableFeedbackItem.class)
public abstract class FeedbackItem {
    private static final String TYPE = "FeedbackItem";

    FeedbackItem() {}

    /**
     * Returns the item's id, unique among the items of a report.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * Returns the code of the unit that received and handles the item.
     *
     * @return the unit code
     */
    public abstract String unitCode();

    /**
     * Returns the day the item was received.
     *
     * @return the day of receipt
     */
    public abstract LocalDate receivedOn();

    /**
     * Returns the last day on which handling it is on time.
     *
     * @return the due date, not before the receipt
     */
    public abstract LocalDate dueOn();

    /**
     * Returns the day its handling ended (the answer or decision was issued), if it has.
     *
     * @return the day it was handled, or empty while it is being handled
     */
    public abstract Optional<LocalDate> handledOn();

    /**
     * Returns whether the result of its handling was published.
     *
     * @return true if published; false by default
     */
    @Value.Default
    public boolean published() {
        return false;
    }

    /**
     * Returns whether its handling was prolonged (kéo dài).
     *
     * @return true if prolonged; false by default
     */
    @Value.Default
    public boolean prolonged() {
        return false;
    }

    /**
     * Tells whether the item had been handled by the end of a day.
     *
     * @param day the day
     * @return true if it was handled on or before that day
     */
    public boolean isHandledBy(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return handledOn().filter(handled -> !handled.isAfter(day)).isPresent();
    }

    /**
     * Tells whether the item is on time at the end of a day: handled by its due date, or not handled
     * yet with its due date still to come.
     *
     * @param day the day, such as the last day of a report's window
     * @return true if it is not late on that day
     */
    public boolean isOnTimeOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate handled = handledOn().filter(date -> !date.isAfter(day)).orElse(null);
        return handled == null ? !dueOn().isBefore(day) : !handled.isAfter(dueOn());
    }

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.requireCode(TYPE, id(), "id", id());
        Checks.requireCode(TYPE, id(), "unitCode", unitCode());
        if (dueOn().isBefore(receivedOn())) {
            throw new InvalidValueException(
                    TYPE, id(), "dueOn", dueOn().toString(), "must not be before the receipt (" + receivedOn() + ")");
        }
        if (handledOn().filter(handled -> handled.isBefore(receivedOn())).isPresent()) {
            throw new InvalidValueException(
                    TYPE,
                    id(),
                    "handledOn",
                    handledOn().orElseThrow().toString(),
                    "must not be before the receipt (" + receivedOn() + ")");
        }
        if (published() && handledOn().isEmpty()) {
            throw new InvalidValueException(
                    TYPE, id(), "published", "true", "only a handled item is published; give the day it was handled");
        }
    }

    /** Builds feedback items; id, unit code, receipt and due date are required. */
    public static final class Builder extends ImmutableFeedbackItem.Builder {
        /** Creates an empty builder; {@link FeedbackItem#builder()} does the same. */
        public Builder() {}
    }
}
