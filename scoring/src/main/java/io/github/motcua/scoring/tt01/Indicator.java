package io.github.motcua.scoring.tt01;

import io.github.motcua.scoring.Criterion;
import io.github.motcua.scoring.CriterionLevel;
import java.math.BigDecimal;

/** An indicator of TT 01/2018/TT-VPCP Điều 12: 0, 1 or 2 points. */
abstract class Indicator implements Criterion {
    static final int MAX = 2;

    private final String id;
    private final String titleVi;
    private final String titleEn;
    private final CriterionLevel level;

    Indicator(int number, String titleVi, String titleEn, CriterionLevel level) {
        this.id = Tt01Schemes.indicatorId(number);
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.level = level;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String titleVi() {
        return titleVi;
    }

    @Override
    public final String titleEn() {
        return titleEn;
    }

    @Override
    public final BigDecimal maxPoints() {
        return BigDecimal.valueOf(MAX);
    }

    @Override
    public final CriterionLevel level() {
        return level;
    }

    /** Tells whether a part reaches a percentage of a whole, exactly and without overflow. */
    static boolean atLeastPercent(long part, long whole, int percent) {
        return java.math.BigInteger.valueOf(part)
                        .multiply(java.math.BigInteger.valueOf(100))
                        .compareTo(java.math.BigInteger.valueOf(whole).multiply(java.math.BigInteger.valueOf(percent)))
                >= 0;
    }

    /** Says a number of points in words: "1 point", "2 points". */
    static String pointsText(int points) {
        return points == 1 ? "1 point" : points + " points";
    }

    @Override
    public String toString() {
        return id + " " + titleEn;
    }
}
