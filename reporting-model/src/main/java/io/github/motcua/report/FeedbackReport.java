package io.github.motcua.report;

import io.github.motcua.DateRange;
import io.github.motcua.feedback.FeedbackItem;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * The feedback report (Biểu 05/VPCP/KSTT): feedback and complaints about procedures received in the
 * period (carried over and new), handled (of which published) and in progress. The column layout of
 * the form is not confirmed (docs/rules.md §7); these are the quantities every version has. Its
 * identities are checked when it is built.
 *
 * @param carriedOver items pending from the previous period
 * @param newItems items received in the period
 * @param handled items handled
 * @param published of the items handled, those published
 * @param inProgress items still being handled
 */
public record FeedbackReport(long carriedOver, long newItems, long handled, long published, long inProgress) {
    /**
     * Checks the identities: received = handled + in progress, published ≤ handled, no count
     * negative.
     *
     * @param carriedOver items pending from the previous period
     * @param newItems items received in the period
     * @param handled items handled
     * @param published of the items handled, those published
     * @param inProgress items still being handled
     * @throws ReportIdentityException if an identity does not hold
     */
    public FeedbackReport {
        if (carriedOver < 0 || newItems < 0 || handled < 0 || published < 0 || inProgress < 0) {
            throw new ReportIdentityException("feedback counts must not be negative");
        }
        ReportIdentityException.require(
                "Biểu 05",
                "received = handled + in progress",
                Math.addExact(carriedOver, newItems),
                Math.addExact(handled, inProgress));
        if (published > handled) {
            throw new ReportIdentityException(
                    "Biểu 05: published (" + published + ") must not exceed handled (" + handled + ")");
        }
    }

    /**
     * Returns the items received: carried over and new.
     *
     * @return the items received
     */
    public long received() {
        return carriedOver + newItems;
    }

    /**
     * Computes the report of a window from feedback items: carried over are those received before
     * the window and not handled before it; new, those received in it; handled, those of either
     * handled in it (published, those of them whose result was published); in progress, the rest.
     * Items received after the window, or handled before it, are not in it.
     *
     * @param items feedback items, of the units the report covers
     * @param window the report's days
     * @return the report
     */
    public static FeedbackReport of(Collection<FeedbackItem> items, DateRange window) {
        Objects.requireNonNull(window, "window");
        LocalDate first = window.start();
        LocalDate last = window.endInclusive();
        long carriedOver = 0;
        long newItems = 0;
        long handled = 0;
        long published = 0;
        for (FeedbackItem item : items) {
            if (item.receivedOn().isAfter(last) || item.isHandledBy(first.minusDays(1))) {
                continue;
            }
            if (item.receivedOn().isBefore(first)) {
                carriedOver++;
            } else {
                newItems++;
            }
            if (item.isHandledBy(last)) {
                handled++;
                published += item.published() ? 1 : 0;
            }
        }
        return new FeedbackReport(carriedOver, newItems, handled, published, carriedOver + newItems - handled);
    }
}
