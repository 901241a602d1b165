package io.github.motcua.rate;

/**
 * The counts a rate is computed from, in the sense of the processing report (Biểu 06): a
 * {@code Tally} is one, and so are the figures of a published report once they are known.
 */
public interface RateBasis {
    /**
     * Returns the dossiers received in all, new and carried over.
     *
     * @return column (3)
     */
    long received();

    /**
     * Returns the dossiers resolved: early, on time and late.
     *
     * @return column (7)
     */
    long resolved();

    /**
     * Returns the dossiers resolved before their due date.
     *
     * @return column (8)
     */
    long early();

    /**
     * Returns the dossiers resolved on their due date, in the official figures.
     *
     * @return column (9)
     */
    long onTime();

    /**
     * Returns the dossiers resolved after their due date, in the official figures.
     *
     * @return column (10)
     */
    long late();

    /**
     * Returns the late dossiers excused in the adjusted figures.
     *
     * @return excused late dossiers
     */
    long lateExcused();

    /**
     * Returns the pending dossiers within their deadline.
     *
     * @return column (12)
     */
    long pendingWithin();

    /**
     * Returns the pending dossiers past their deadline.
     *
     * @return column (13)
     */
    long pendingOverdue();
}
