package io.github.motcua.tally;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * A count column of the processing report (Biểu 06/VPCP/KSTT), declared once for the tally, the
 * report's rows, its total, its tables and its checks: the column's number on the form where it
 * has one ((3) to (13)), its key (the name of its count in {@link ReportCounts} and in a row's JSON
 * form), how its count is read, and the identities the columns obey.
 *
 * <pre>{@code
 * ReportColumn.RECEIVED.number();          // OptionalInt[3]
 * ReportColumn.LATE_EXCUSED.key();         // "lateExcused"
 * ReportColumn.RESOLVED.count(tally);      // tally.resolved()
 * ReportColumn.identities().get(1);        // (7) = (8) + (9) + (10)
 * }</pre>
 *
 * <p>The constants are in the order of the form, each part after the column it makes up.
 */
@SuppressWarnings("ImmutableEnumChecker") // the counts are read by ReportCounts' accessors, which keep no state
public enum ReportColumn {
    /** (3) Received in all: new and carried over. */
    RECEIVED(3, ReportCounts::received),
    /** (4) New, through the portal (trực tuyến). */
    NEW_ONLINE(4, ReportCounts::newOnline),
    /** (5) New, at the desk or by post (trực tiếp, dịch vụ bưu chính). */
    NEW_DIRECT_OR_POSTAL(5, ReportCounts::newDirectOrPostal),
    /** (6) Carried over from the previous period. */
    CARRIED_OVER(6, ReportCounts::carriedOver),
    /** (7) Resolved. */
    RESOLVED(7, ReportCounts::resolved),
    /** (8) Resolved before the due date. */
    EARLY(8, ReportCounts::early),
    /** (9) Resolved on the due date, in the official figures. */
    ON_TIME(9, ReportCounts::onTime),
    /** (10) Resolved after the due date, in the official figures. */
    LATE(10, ReportCounts::late),
    /** Of the late, those excused: on time in the adjusted figures. No number on the form. */
    LATE_EXCUSED(0, ReportCounts::lateExcused),
    /** Of the late, those not excused: late in the adjusted figures too. No number on the form. */
    LATE_ADJUSTED(0, ReportCounts::lateAdjusted),
    /** (11) Pending at the period's last day. */
    PENDING(11, ReportCounts::pending),
    /** (12) Pending within the deadline. */
    PENDING_WITHIN(12, ReportCounts::pendingWithin),
    /** (13) Pending past the deadline. */
    PENDING_OVERDUE(13, ReportCounts::pendingOverdue),
    /** Withdrawn by the applicant. No number on the form. */
    WITHDRAWN(0, ReportCounts::withdrawn),
    /** Refused. No number on the form. */
    REFUSED(0, ReportCounts::refused),
    /** Processing stopped (dừng giải quyết). No number on the form. */
    STOPPED(0, ReportCounts::stopped);

    private static final List<Identity> IDENTITIES = List.of(
            new Identity(RECEIVED, List.of(NEW_ONLINE, NEW_DIRECT_OR_POSTAL, CARRIED_OVER)),
            new Identity(RESOLVED, List.of(EARLY, ON_TIME, LATE)),
            new Identity(PENDING, List.of(PENDING_WITHIN, PENDING_OVERDUE)),
            new Identity(RECEIVED, List.of(RESOLVED, PENDING, WITHDRAWN, REFUSED, STOPPED)),
            new Identity(LATE, List.of(LATE_EXCUSED, LATE_ADJUSTED)));

    private final int number;
    private final ToLongFunction<ReportCounts> count;
    private final String key;

    ReportColumn(int number, ToLongFunction<ReportCounts> count) {
        this.number = number;
        this.count = count;
        this.key = camelCase(name());
    }

    /** NEW_DIRECT_OR_POSTAL → newDirectOrPostal. */
    private static String camelCase(String constant) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < constant.length(); i++) {
            char c = constant.charAt(i);
            if (c != '_') {
                key.append(i > 0 && constant.charAt(i - 1) == '_' ? c : Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /**
     * Returns the column's number on the form.
     *
     * @return the number, 3 to 13, or empty for a column the form does not number
     */
    public OptionalInt number() {
        return number == 0 ? OptionalInt.empty() : OptionalInt.of(number);
    }

    /**
     * Returns the column's key: the name of its count in {@link ReportCounts} and in a row's JSON
     * form.
     *
     * @return the key, such as {@code newDirectOrPostal}
     */
    public String key() {
        return key;
    }

    /**
     * Reads the column's count.
     *
     * @param counts a tally or a row of the report
     * @return the count in this column
     */
    public long count(ReportCounts counts) {
        return count.applyAsLong(counts);
    }

    /**
     * Returns the identities the columns obey, in the order a row is checked: (3) = (4) + (5) + (6);
     * (7) = (8) + (9) + (10); (11) = (12) + (13); received = resolved + pending + withdrawn +
     * refused + stopped; late = lateExcused + lateAdjusted.
     *
     * @return the identities
     */
    public static List<Identity> identities() {
        return IDENTITIES;
    }

    /**
     * An identity of the report: a column equals the sum of others.
     *
     * @param total the column that is the sum
     * @param parts the columns that add up to it, in the form's order
     */
    public record Identity(ReportColumn total, List<ReportColumn> parts) {
        /**
         * Checks and copies the parts.
         *
         * @param total the column that is the sum
         * @param parts the columns that add up to it, in the form's order
         * @throws IllegalArgumentException if there are no parts, or the total is one of them
         */
        public Identity {
            Objects.requireNonNull(total, "total");
            parts = List.copyOf(parts);
            if (parts.isEmpty() || parts.contains(total)) {
                throw new IllegalArgumentException("an identity needs parts other than its total: " + total);
            }
        }

        /**
         * Adds up the parts' counts.
         *
         * @param counts a tally or a row of the report
         * @return the sum of the parts, which the total must equal
         */
        public long sumOfParts(ReportCounts counts) {
            return parts.stream().mapToLong(part -> part.count(counts)).sum();
        }

        /**
         * Returns the identity as the form writes it, by the columns' numbers where every column
         * has one, such as {@code (3) = (4) + (5) + (6)}, and otherwise by their keys, such as
         * {@code late = lateExcused + lateAdjusted}.
         *
         * @return the text form
         */
        @Override
        public String toString() {
            boolean numbered = total.number != 0 && parts.stream().allMatch(part -> part.number != 0);
            Function<ReportColumn, String> term = numbered ? column -> "(" + column.number + ")" : ReportColumn::key;
            return term.apply(total) + " = " + parts.stream().map(term).collect(Collectors.joining(" + "));
        }
    }
}
