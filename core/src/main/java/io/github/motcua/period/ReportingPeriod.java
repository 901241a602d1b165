package io.github.motcua.period;

import io.github.motcua.DateRange;
import io.github.motcua.PrintableText;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period, such as the year 2023 or its first quarter, and the window of days its figures
 * cover.
 *
 * <pre>{@code
 * ReportingPeriod year = ReportingPeriod.parse("2023");
 * year.dates();                                     // 2022-12-15/2023-12-14
 * year.end();                                       // 2023-12-14
 * ReportingPeriod.parse("2023-Q1").withWindow(WindowPolicy.CALENDAR).end();   // 2023-03-31
 * }</pre>
 *
 * <p>Text forms: {@code 2023} (year), {@code 2023-H1} and {@code 2023-H2} (half-years),
 * {@code 2023-9M} (nine months), {@code 2023-Q1} to {@code 2023-Q4} (quarters), {@code 2023-05}
 * (months). The window is {@link WindowPolicy#OFFICIAL} unless changed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingPeriod {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(H[12]|9M|Q[1-4]|\\d{2}))?");

    private final PeriodKind kind;
    private final int year;
    private final int number;
    private final WindowPolicy window;
    private final DateRange dates;

    private ReportingPeriod(PeriodKind kind, int year, int number, WindowPolicy window) {
        this.kind = kind;
        this.year = year;
        this.number = number;
        this.window = window;
        YearMonth first = YearMonth.of(year, 1).plusMonths((long) (number - 1) * kind.months());
        YearMonth last = first.plusMonths(kind.months() - 1);
        this.dates = window == WindowPolicy.OFFICIAL
                ? DateRange.ofClosed(first.minusMonths(1).atDay(15), last.atDay(14))
                : DateRange.ofClosed(first.atDay(1), last.atEndOfMonth());
    }

    /**
     * Obtains a period with the official window.
     *
     * @param kind how long the period is
     * @param year the year the period belongs to
     * @param number the period's number in its year, from 1 to {@link PeriodKind#perYear()}
     * @return the period
     * @throws DateTimeException if the number is out of range
     */
    public static ReportingPeriod of(PeriodKind kind, int year, int number) {
        Objects.requireNonNull(kind, "kind");
        if (number < 1 || number > kind.perYear()) {
            throw new DateTimeException("a " + kind + " period is numbered 1 to " + kind.perYear() + ", not " + number);
        }
        return new ReportingPeriod(kind, year, number, WindowPolicy.OFFICIAL);
    }

    /**
     * Obtains the year period.
     *
     * @param year the year
     * @return the period, with the official window
     */
    public static ReportingPeriod year(int year) {
        return of(PeriodKind.YEAR, year, 1);
    }

    /**
     * Parses a period's text form: {@code 2023}, {@code 2023-H1}, {@code 2023-9M}, {@code 2023-Q1}
     * or {@code 2023-05}; or the Vietnamese forms of report titles, in any letter case: {@code năm
     * 2024}, {@code Quý I/2024} (or {@code quý 1 năm 2024}), {@code 6 tháng đầu năm 2024} ({@code
     * cuối} for the second half), {@code 9 tháng đầu năm 2024} (or {@code 9 tháng năm 2024}),
     * {@code tháng 5/2024} (or {@code tháng 05 năm 2024}).
     *
     * @param text the text
     * @return the period, with the official window
     * @throws DateTimeException if the text has none of these forms
     */
    public static ReportingPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        ReportingPeriod vietnamese = parseVietnamese(text);
        if (vietnamese != null) {
            return vietnamese;
        }
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new DateTimeException("reporting period '" + PrintableText.of(text.toString())
                    + "' has none of the forms 2023, 2023-H1, 2023-9M, 2023-Q1, 2023-05, năm 2023, Quý I/2023,"
                    + " 6 tháng đầu năm 2023, 9 tháng đầu năm 2023, tháng 5/2023");
        }
        int year = Integer.parseInt(matcher.group(1));
        String part = matcher.group(2);
        if (part == null) {
            return year(year);
        }
        if (part.equals("9M")) {
            return of(PeriodKind.NINE_MONTHS, year, 1);
        }
        int number = Integer.parseInt(part.substring(Character.isDigit(part.charAt(0)) ? 0 : 1));
        PeriodKind kind = part.startsWith("H")
                ? PeriodKind.HALF_YEAR
                : part.startsWith("Q") ? PeriodKind.QUARTER : PeriodKind.MONTH;
        return of(kind, year, number);
    }

    /** The Vietnamese forms, read after NFC normalisation, lower case and single spaces. */
    private static final Pattern YEAR_VI = Pattern.compile("năm (\\d{4})");

    private static final Pattern QUARTER_VI = Pattern.compile("quý (iv|i{1,3}|[1-4])(?: ?/ ?| năm )(\\d{4})");
    private static final Pattern HALF_VI = Pattern.compile("6 tháng (đầu|cuối) năm (\\d{4})");
    private static final Pattern NINE_VI = Pattern.compile("9 tháng (?:đầu )?năm (\\d{4})");
    private static final Pattern MONTH_VI = Pattern.compile("tháng (\\d{1,2})(?: ?/ ?| năm )(\\d{4})");

    private static @Nullable ReportingPeriod parseVietnamese(CharSequence text) {
        String form = Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .strip()
                .replaceAll("\\s+", " ");
        Matcher matcher;
        if ((matcher = YEAR_VI.matcher(form)).matches()) {
            return year(Integer.parseInt(matcher.group(1)));
        }
        if ((matcher = QUARTER_VI.matcher(form)).matches()) {
            String number = matcher.group(1);
            int quarter = Character.isDigit(number.charAt(0))
                    ? Integer.parseInt(number)
                    : List.of("i", "ii", "iii", "iv").indexOf(number) + 1;
            return of(PeriodKind.QUARTER, Integer.parseInt(matcher.group(2)), quarter);
        }
        if ((matcher = HALF_VI.matcher(form)).matches()) {
            return of(
                    PeriodKind.HALF_YEAR,
                    Integer.parseInt(matcher.group(2)),
                    matcher.group(1).equals("đầu") ? 1 : 2);
        }
        if ((matcher = NINE_VI.matcher(form)).matches()) {
            return of(PeriodKind.NINE_MONTHS, Integer.parseInt(matcher.group(1)), 1);
        }
        if ((matcher = MONTH_VI.matcher(form)).matches()) {
            return of(PeriodKind.MONTH, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)));
        }
        return null;
    }

    /**
     * Returns a copy with another window.
     *
     * @param window the window
     * @return the same period with that window
     */
    public ReportingPeriod withWindow(WindowPolicy window) {
        return new ReportingPeriod(kind, year, number, Objects.requireNonNull(window, "window"));
    }

    /**
     * Returns how long the period is.
     *
     * @return the kind
     */
    public PeriodKind kind() {
        return kind;
    }

    /**
     * Returns the year the period belongs to.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the period's number in its year.
     *
     * @return from 1 to {@link PeriodKind#perYear()}
     */
    public int number() {
        return number;
    }

    /**
     * Returns the window policy.
     *
     * @return official or calendar
     */
    public WindowPolicy window() {
        return window;
    }

    /**
     * Returns the days of the period's window, the days its figures cover.
     *
     * @return the window: for the official window, from the 15th of the month before the first
     *     month to the 14th of the last month; for the calendar window, the whole months
     */
    public DateRange dates() {
        return dates;
    }

    /**
     * Returns the first day of the period's window, {@code dates().start()}.
     *
     * @return the first day, inclusive
     */
    public LocalDate start() {
        return dates.start();
    }

    /**
     * Returns the last day of the period's window, {@code dates().endInclusive()}.
     *
     * @return the last day, inclusive
     */
    public LocalDate end() {
        return dates.endInclusive();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReportingPeriod that
                && kind == that.kind
                && year == that.year
                && number == that.number
                && window == that.window;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, year, number, window);
    }

    /**
     * Returns the text form, which {@link #parse} reads back, such as {@code 2023-Q1}; the window
     * is not part of it.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case NINE_MONTHS -> year + "-9M";
            case HALF_YEAR -> year + "-H" + number;
            case QUARTER -> year + "-Q" + number;
            case MONTH -> String.format("%d-%02d", year, number);
        };
    }
}
