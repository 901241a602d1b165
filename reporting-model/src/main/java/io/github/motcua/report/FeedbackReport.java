package io.github.motcua.report;

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
}
