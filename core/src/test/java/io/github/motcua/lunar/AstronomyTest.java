package io.github.motcua.lunar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The astronomy under the lunar calendar against published instants: new moons and the sun's
 * entry into the equinoxes and solstices, from the almanacs' tables (NASA's eclipse and phase
 * tables by F. Espenak, to the minute). Meeus' short series puts every new moon here within two
 * minutes of its published instant and the sun within 0.014° (it leaves out nutation and
 * aberration); the tolerances are just above that. The terms of a few seconds (the t² and t³
 * corrections, the branch for dates before the year 800) are below what any table to the minute
 * can check.
 */
class AstronomyTest {
    private static final double UNIX_EPOCH_JULIAN_DATE = 2440587.5;
    private static final double MINUTES = 1.0 / 1440;

    private static double julianDate(Instant instant) {
        return UNIX_EPOCH_JULIAN_DATE + instant.getEpochSecond() / 86400.0;
    }

    private static long julianDayNumber(LocalDate date) {
        return date.toEpochDay() + 2440588;
    }

    private static long lunation(Instant newMoon) {
        return Math.round((julianDate(newMoon) - Astronomy.FIRST_NEW_MOON) / Astronomy.SYNODIC_MONTH);
    }

    @ParameterizedTest(name = "new moon {0}")
    @CsvSource({
        "1900-01-01T13:52:00Z",
        "2000-01-06T18:14:00Z",
        "2001-01-24T13:07:00Z",
        "2010-01-15T07:11:00Z",
        "2017-08-21T18:30:00Z",
        "2019-07-02T19:16:00Z",
        "2020-01-24T21:42:00Z",
        "2023-01-21T20:53:00Z",
        "2024-04-08T18:21:00Z",
        "2030-02-02T16:07:00Z",
    })
    void newMoonsFallWithinThreeMinutesOfThePublishedInstants(Instant published) {
        assertThat(Astronomy.newMoon(lunation(published))).isCloseTo(julianDate(published), within(3 * MINUTES));
    }

    /** A new moon's local day is Vietnam's (UTC+7): 2030's falls on 2 February here, on the 3rd in China. */
    @ParameterizedTest(name = "new moon {0} is on {1} in Vietnam")
    @CsvSource({
        "2023-01-21T20:53:00Z, 2023-01-22",
        "2030-02-02T16:07:00Z, 2030-02-02",
        "2024-04-08T18:21:00Z, 2024-04-09",
        "2017-08-21T18:30:00Z, 2017-08-22",
        "2010-01-15T07:11:00Z, 2010-01-15",
    })
    void aNewMoonsDayIsTheLocalDayInVietnam(Instant published, LocalDate localDay) {
        assertThat(Astronomy.newMoonDay(lunation(published))).isEqualTo(julianDayNumber(localDay));
    }

    @ParameterizedTest(name = "{0}: the sun at {1}°")
    @CsvSource({
        "2000-03-20T07:35:00Z, 0",
        "2023-03-20T21:24:00Z, 0",
        "2023-06-21T14:57:00Z, 90",
        "2023-09-23T06:50:00Z, 180",
        "2023-12-22T03:27:00Z, 270",
        "2020-12-21T10:02:00Z, 270",
        "2024-12-21T09:20:00Z, 270",
    })
    void theSunReachesEachEquinoxAndSolsticeAtThePublishedInstant(Instant published, int degrees) {
        double longitude = Math.toDegrees(Astronomy.sunLongitude(julianDate(published)));
        double fromTarget = ((longitude - degrees) % 360 + 540) % 360 - 180;

        assertThat(fromTarget).isCloseTo(0, within(0.015));
        assertThat(longitude).isBetween(0.0, 360.0);
    }

    /**
     * The winter solstice of 2023 came at 10:27 on 22 December in Vietnam: the sun is in segment 8
     * at the start of that day and in segment 9 (from 270°) at the start of the next.
     */
    @ParameterizedTest(name = "{0}: segment {1}")
    @CsvSource({
        "2023-12-21, 8",
        "2023-12-22, 8",
        "2023-12-23, 9",
        "2023-03-21, 11",
        "2023-03-22, 0",
        "2023-06-21, 2",
        "2023-06-22, 3",
        "2023-09-23, 5",
        "2023-09-24, 6",
    })
    void theSunsSegmentAtTheStartOfALocalDayChangesOnTheDayAfterTheSolarTerm(LocalDate day, int segment) {
        assertThat(Astronomy.sunSegmentAtStartOf(julianDayNumber(day))).isEqualTo(segment);
    }
}
