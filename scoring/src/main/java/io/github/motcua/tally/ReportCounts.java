package io.github.motcua.tally;

import io.github.motcua.rate.RateBasis;

/**
 * The counts of one row of the processing report (Biểu 06/VPCP/KSTT), one per {@link
 * ReportColumn}: a {@link Tally} is one, and so is a row of the report. The columns read their
 * counts through these methods ({@link ReportColumn#count(ReportCounts)}), and their identities
 * ({@link ReportColumn#identities()}) hold for every tally.
 */
public interface ReportCounts extends RateBasis {
    /**
     * Returns the new dossiers received through the portal.
     *
     * @return column (4)
     */
    long newOnline();

    /**
     * Returns the new dossiers received at the desk or by post.
     *
     * @return column (5)
     */
    long newDirectOrPostal();

    /**
     * Returns the dossiers carried over from the previous period.
     *
     * @return column (6)
     */
    long carriedOver();

    /**
     * Returns the late dossiers that are late in the adjusted figures too, the excused ones left
     * out.
     *
     * @return late minus excused
     */
    long lateAdjusted();

    /**
     * Returns the dossiers pending at the period's last day.
     *
     * @return column (11)
     */
    long pending();

    /**
     * Returns the dossiers the applicant withdrew.
     *
     * @return withdrawn dossiers
     */
    long withdrawn();

    /**
     * Returns the refused dossiers.
     *
     * @return refused dossiers
     */
    long refused();

    /**
     * Returns the dossiers whose processing was stopped.
     *
     * @return stopped dossiers
     */
    long stopped();
}
