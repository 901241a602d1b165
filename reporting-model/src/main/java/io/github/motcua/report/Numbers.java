package io.github.motcua.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Numbers and dates as official documents write them. */
final class Numbers {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Numbers() {}

    /** A count: 3.673 in Vietnamese, 3,673 in English; 1 to 9 with two digits in Vietnamese (09). */
    static String count(long count, Language language) {
        if (language == Language.VI && count >= 1 && count <= 9) {
            return "0" + count;
        }
        return grouped(Long.toString(count), language == Language.VI ? '.' : ',');
    }

    /** A decimal: 99,75 in Vietnamese, 99.75 in English, thousands grouped. */
    static String decimal(BigDecimal value, Language language) {
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        boolean vi = language == Language.VI;
        String grouped = grouped(whole, vi ? '.' : ',');
        return fraction.isEmpty() ? grouped : grouped + (vi ? ',' : '.') + fraction;
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
