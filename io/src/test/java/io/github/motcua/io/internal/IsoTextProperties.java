package io.github.motcua.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.VietnamTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/** The arithmetic reading of ISO text agrees with java.time: the same value, or no value at all. */
class IsoTextProperties {
    @Provide
    Arbitrary<String> isoTexts() {
        Arbitrary<String> valid = Arbitraries.longs()
                .between(
                        LocalDate.of(1900, 1, 1).toEpochDay() * 86_400,
                        LocalDate.of(2100, 1, 1).toEpochDay() * 86_400)
                .map(seconds -> LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC)
                        .toString())
                .map(text -> text.length() == 16 ? text + ":00" : text)
                .flatMap(local -> Arbitraries.of("", "Z", "+07:00", "-03:30", "+14:00", "+18:00", "+07:00:00", "+7")
                        .map(offset -> local + offset));
        Arbitrary<String> mutated = valid.flatMap(text -> Arbitraries.integers()
                .between(0, text.length() - 1)
                .flatMap(at -> Arbitraries.of('0', '9', 'x', ':', '-', 'T', 't', ' ', '/', '\u00e9')
                        .map(character -> text.substring(0, at) + character + text.substring(at + 1))));
        return Arbitraries.oneOf(valid, mutated);
    }

    @Property(tries = 3000)
    void anInstantReadByArithmeticIsTheOneJavaTimeReads(@ForAll("isoTexts") String text) {
        Instant fast = IsoText.instant(text);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Instant fromBytes = IsoText.instant(bytes, 0, bytes.length);
        Instant slow = javaTime(text);
        if (fast != null) {
            assertThat(fast).isEqualTo(slow);
        }
        if (fromBytes != null) {
            assertThat(fromBytes).isEqualTo(slow);
        }
        if (slow != null
                && text.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)?")
                && !text.endsWith("18:00")) {
            assertThat(fast).as("the usual form %s is read by arithmetic", text).isEqualTo(slow);
        }
    }

    @Property(tries = 1000)
    void aDateReadByArithmeticIsTheOneJavaTimeReads(@ForAll("isoTexts") String text) {
        String date = text.substring(0, 10);
        byte[] bytes = date.getBytes(StandardCharsets.UTF_8);
        LocalDate fast = IsoText.date(bytes, 0, bytes.length);
        LocalDate slow;
        try {
            slow = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            slow = null;
        }
        assertThat(fast).isEqualTo(slow);
    }

    @org.junit.jupiter.api.Test
    void textThatIsNotAsciiIsLeftToJavaTimeInsteadOfFailing() {
        assertThat(IsoText.instant("2023-01-05T09:00:\uD83D\uDE00")).isNull();
        assertThat(IsoText.instant("2023-01-05T09:00:0\u00e9")).isNull();
    }

    private static @Nullable Instant javaTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(VietnamTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
