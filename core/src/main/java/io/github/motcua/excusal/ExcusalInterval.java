package io.github.motcua.excusal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.DateRange;
import io.github.motcua.InvalidValueException;
import io.github.motcua.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An interval during which processing could not be done on time for a reason outside the units'
 * control, such as the provincial system being unreachable, with the document that records it.
 *
 * <pre>{@code
 * ExcusalInterval outage = ExcusalInterval.builder()
 *         .start(LocalDate.of(2022, 12, 25))
 *         .end(LocalDate.of(2022, 12, 27))
 *         .reason("Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Sơn La không thể truy cập được")
 *         .source("Công văn số 1773/STTT-CNTTVT ngày 25/12/2022 của Sở Thông tin và Truyền thông")
 *         .build();
 * }</pre>
 *
 * <p>An interval never changes the working calendar: a calendar closure would move due dates and
 * turn official lateness into punctuality. It only lets reports show adjusted figures beside the
 * official ones. Its scope is every unit, or the units listed in {@link #unitCodes()}. Which late
 * dossiers it excuses is decided by an {@link ExcusalRule}.
 *
 * <p>Rules checked when it is built: the end is not before the start; the reason and source
 * are not blank; unit codes are distinct.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExcusalInterval.class)
@JsonDeserialize(as = ImmutableExcusalInterval.class)
public abstract class ExcusalInterval {
    private static final String TYPE = "ExcusalInterval";

    ExcusalInterval() {}

    /**
     * Returns the first day of the interval.
     *
     * @return the first day, inclusive
     */
    public abstract LocalDate start();

    /**
     * Returns the last day of the interval.
     *
     * @return the last day, inclusive
     */
    public abstract LocalDate end();

    /**
     * Returns the reason, as reports will quote it.
     *
     * @return the reason, not blank
     */
    public abstract String reason();

    /**
     * Returns the document that records the interval, with its number and date.
     *
     * @return the source, not blank
     */
    public abstract String source();

    /**
     * Returns the units the interval applies to.
     *
     * @return the unit codes; empty when it applies to every unit
     */
    public abstract List<String> unitCodes();

    /**
     * Tells whether the interval applies to a unit.
     *
     * @param unitCode the unit's code
     * @return true if the interval applies to every unit or lists this one
     */
    public boolean appliesTo(String unitCode) {
        Objects.requireNonNull(unitCode, "unitCode");
        return unitCodes().isEmpty() || unitCodes().contains(unitCode);
    }

    /**
     * Returns the days of the interval.
     *
     * @return the range from {@link #start()} to {@link #end()}, both inclusive
     */
    public DateRange dates() {
        return DateRange.ofClosed(start(), end());
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
        String id = start() + ".." + end();
        if (end().isBefore(start())) {
            throw new InvalidValueException(
                    TYPE, id, "end", end().toString(), "must not be before the start (" + start() + ")");
        }
        Checks.requireNonBlank(TYPE, id, "reason", reason());
        Checks.requireNonBlank(TYPE, id, "source", source());
        Checks.requireDistinctNonBlank(TYPE, id, "unitCodes", unitCodes());
    }

    /** Builds excusal intervals; start, end, reason and source are required. */
    public static final class Builder extends ImmutableExcusalInterval.Builder {
        /** Creates an empty builder; {@link ExcusalInterval#builder()} does the same. */
        public Builder() {}
    }
}
