package io.github.motcua.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Numbers and dates as official documents write them, with the separators of the labels' language:
 * 3.673 and 99,75 in Vietnamese, 3,673 and 99.75 in English.
 */
final class Numbers {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Numbers() {}

    /** A count, thousands grouped; 1 to 9 with two digits (09) where the language writes them so. */
    static String count(long count, Labels labels) {
        if (labels.flag("number.twoDigits") && count >= 1 && count <= 9) {
            return "0" + count;
        }
        return grouped(Long.toString(count), labels.character("number.grouping"));
    }

    /** A decimal, thousands grouped, with the language's decimal separator. */
    static String decimal(BigDecimal value, Labels labels) {
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        String grouped = grouped(whole, labels.character("number.grouping"));
        return fraction.isEmpty() ? grouped : grouped + labels.character("number.decimal") + fraction;
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String grouped(String digits, char separator) {
        boolean negative = digits.startsWith("-");
        String unsigned = negative ? digits.substring(1) : digits;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < unsigned.length(); i++) {
            if (i > 0 && (unsigned.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(unsigned.charAt(i));
        }
        return (negative ? "-" : "") + out;
    }
}
