package io.github.motcua.io;

/**
 * How many records a read saw, accepted and rejected: accepted + rejected = read, always.
 *
 * @param read the records read, after any header
 * @param accepted the records accepted
 * @param rejected the records rejected
 */
public record ReadSummary(long read, long accepted, long rejected) {
    /**
     * Checks that the counts reconcile.
     *
     * @param read the records read, after any header
     * @param accepted the records accepted
     * @param rejected the records rejected
     * @throws IllegalStateException if accepted + rejected is not read
     */
    public ReadSummary {
        if (accepted + rejected != read || accepted < 0 || rejected < 0) {
            throw new IllegalStateException("counts do not reconcile: " + accepted + " accepted + " + rejected
                    + " rejected ≠ " + read + " read");
        }
    }

    /**
     * Returns the summary as one line, such as {@code 13250 records read: 13249 accepted, 1 rejected}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return read + " records read: " + accepted + " accepted, " + rejected + " rejected";
    }
}
