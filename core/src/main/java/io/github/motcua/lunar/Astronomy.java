package io.github.motcua.lunar;

/**
 * The two astronomical quantities the Vietnamese lunar calendar is built from: the instant of
 * each new moon and the sun's apparent longitude, by Jean Meeus' formulas (Astronomical
 * Algorithms; the short series used by Hồ Ngọc Đức's published algorithm for the Vietnamese
 * calendar).
 *
 * <p>Times are Julian day numbers. {@link StrictMath} makes every result the same on every JVM.
 */
final class Astronomy {
    /** Vietnam's civil time, UTC+7, as a fraction of a day: the calendar's months start at local midnight. */
    static final double TIME_ZONE_DAYS = 7.0 / 24.0;
    /** The Julian day of the new moon numbered 0 (1900-01-01 13:51 UT). */
    static final double FIRST_NEW_MOON = 2415021.076998695;
    /** The mean length of a synodic month, in days. */
    static final double SYNODIC_MONTH = 29.530588853;

    private static final double RADIANS = Math.PI / 180;

    private Astronomy() {}

    /**
     * Returns the Julian day number of the local day on which the k-th new moon after 1 January
     * 1900 falls in Vietnam.
     */
    static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE_DAYS);
    }

    /** Returns the Julian date (UT) of the k-th new moon after 1 January 1900. */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd += 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * sin(sunAnomaly)
                + 0.0021 * sin(2 * sunAnomaly)
                - 0.4068 * sin(moonAnomaly)
                + 0.0161 * sin(2 * moonAnomaly)
                - 0.0004 * sin(3 * moonAnomaly)
                + 0.0104 * sin(2 * latitude)
                - 0.0051 * sin(sunAnomaly + moonAnomaly)
                - 0.0074 * sin(sunAnomaly - moonAnomaly)
                + 0.0004 * sin(2 * latitude + sunAnomaly)
                - 0.0004 * sin(2 * latitude - sunAnomaly)
                - 0.0006 * sin(2 * latitude + moonAnomaly)
                + 0.0010 * sin(2 * latitude - moonAnomaly)
                + 0.0005 * sin(2 * moonAnomaly + sunAnomaly);
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + correction - deltaT;
    }

    /**
     * Returns which twelfth of the ecliptic the sun is in at the start of a local day, from 0
     * (longitude 0° to 30°, from the March equinox) to 11. Each boundary is a major solar term
     * (trung khí); the winter solstice is the start of segment 9.
     */
    static int sunSegmentAtStartOf(long julianDayNumber) {
        return (int) Math.floor(sunLongitude(julianDayNumber - 0.5 - TIME_ZONE_DAYS) / Math.PI * 6);
    }

    /** Returns the sun's apparent longitude at a Julian date (UT), in radians from 0 to 2π. */
    static double sunLongitude(double julianDate) {
        double t = (julianDate - 2451545.0) / 36525;
        double t2 = t * t;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly)
                + 0.000290 * sin(3 * meanAnomaly);
        double longitude = (meanLongitude + centre) * RADIANS;
        return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
    }

    private static double sin(double degrees) {
        return StrictMath.sin(degrees * RADIANS);
    }
}
