package io.github.motcua.check;

import io.github.motcua.rate.Figures;
import io.github.motcua.rate.Rate;
import io.github.motcua.rate.RateBasis;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import io.github.motcua.tally.ReportColumn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Checks the numbers of a published report against each other (docs/rules.md §3 and §4): lists
 * every identity that can be checked and fails, and for each stated percentage every rate
 * definition, figures (official or adjusted) and rounding that reproduce it exactly.
 *
 * <p>The report's identities ({@link ReportColumn#identities()}), each checked only when all its
 * terms are stated, in the check file's names:
 *
 * <ul>
 *   <li>{@code received = new_online + new_direct_postal + carried_over}
 *   <li>{@code resolved = early + on_time + late} (with {@code on_time} alone standing for early and
 *       on time when {@code early} is not stated)
 *   <li>{@code pending = pending_in_time + pending_overdue}
 *   <li>{@code received = resolved + pending + withdrawn + refused + stopped} (an unstated
 *       withdrawn, refused or stopped count is read as zero)
 *   <li>{@code late_excused <= late}
 *   <li>{@code on-time % <= 100}, {@code late % <= 100} and {@code on-time % + late % <= 100}
 * </ul>
 *
 * <p>Candidate roundings are half-up, half-even, truncation and ceiling, to as many decimals as the
 * stated value shows. Adjusted figures are tried when an excused count is stated. When a published
 * total (received or resolved) disagrees with the sum of its stated parts, each rate is tried on
 * both bases, and each match says which one reproduced it ({@code published} or {@code sum}). This
 * class is immutable and thread-safe.
 */
public final class ConsistencyChecker {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The counts a report that does not state them had none of. */
    private static final Set<ReportColumn> ZERO_WHEN_UNSTATED =
            EnumSet.of(ReportColumn.WITHDRAWN, ReportColumn.REFUSED, ReportColumn.STOPPED);

    private ConsistencyChecker() {}

    /**
     * Checks one report's figures.
     *
     * @param figures the published figures
     * @return the failed identities and what reproduces each stated percentage
     */
    public static CheckResult check(PublishedFigures figures) {
        return new CheckResult(
                figures.id(),
                failedIdentities(figures),
                figures.statedOnTimePercent().map(stated -> reproduce(figures, stated, RateDefinition::onTime)),
                figures.statedLatePercent().map(stated -> reproduce(figures, stated, RateDefinition::late)));
    }

    private static List<FailedIdentity> failedIdentities(PublishedFigures figures) {
        List<FailedIdentity> failed = new ArrayList<>();
        for (ReportColumn.Identity identity : ReportColumn.identities()) {
            failure(figures, identity).ifPresent(failed::add);
        }
        OptionalLong late = figures.get(Quantity.LATE);
        OptionalLong excused = figures.get(Quantity.LATE_EXCUSED);
        if (late.isPresent() && excused.isPresent() && excused.getAsLong() > late.getAsLong()) {
            failed.add(failure("late_excused <= late", BigDecimal.valueOf(late.getAsLong()), excused.getAsLong()));
        }
        Optional<BigDecimal> onTime = figures.statedOnTimePercent();
        Optional<BigDecimal> latePercent = figures.statedLatePercent();
        atMostHundred("on-time % <= 100", onTime).ifPresent(failed::add);
        atMostHundred("late % <= 100", latePercent).ifPresent(failed::add);
        if (onTime.isPresent() && latePercent.isPresent()) {
            BigDecimal total = onTime.get().add(latePercent.get());
            if (total.compareTo(HUNDRED) > 0) {
                failed.add(new FailedIdentity("on-time % + late % <= 100", HUNDRED, total, total.subtract(HUNDRED)));
            }
        }
        return List.copyOf(failed);
    }

    private static Optional<FailedIdentity> atMostHundred(String name, Optional<BigDecimal> stated) {
        return stated.filter(percent -> percent.compareTo(HUNDRED) > 0)
                .map(percent -> new FailedIdentity(name, HUNDRED, percent, percent.subtract(HUNDRED)));
    }

    /**
     * Checks one of the report's identities when its terms are stated: an unstated early count is
     * left out (on time then stands for early and on time), an unstated withdrawn, refused or
     * stopped count is read as zero, and an identity with another unstated term, or a term a
     * report cannot state (late adjusted), is not checked.
     */
    private static Optional<FailedIdentity> failure(PublishedFigures figures, ReportColumn.Identity identity) {
        OptionalLong stated = stated(figures, identity.total());
        long expected = 0;
        List<String> names = new ArrayList<>();
        for (ReportColumn part : identity.parts()) {
            OptionalLong value = stated(figures, part);
            if (value.isEmpty() && ZERO_WHEN_UNSTATED.contains(part)) {
                value = OptionalLong.of(0);
            }
            if (value.isEmpty() && part != ReportColumn.EARLY) {
                return Optional.empty();
            }
            if (value.isPresent()) {
                expected += value.getAsLong();
                names.add(name(part));
            }
        }
        if (stated.isEmpty() || stated.getAsLong() == expected) {
            return Optional.empty();
        }
        String name = name(identity.total()) + " = " + String.join(" + ", names);
        return Optional.of(failure(name, BigDecimal.valueOf(expected), stated.getAsLong()));
    }

    private static OptionalLong stated(PublishedFigures figures, ReportColumn column) {
        return Quantity.of(column).map(figures::get).orElse(OptionalLong.empty());
    }

    private static String name(ReportColumn column) {
        return Quantity.of(column).orElseThrow().column();
    }

    private static FailedIdentity failure(String name, BigDecimal expected, long actual) {
        BigDecimal stated = BigDecimal.valueOf(actual);
        return new FailedIdentity(name, expected, stated, stated.subtract(expected));
    }

    /** The on-time or the late share of a definition. */
    @FunctionalInterface
    private interface Share {
        Rate of(RateDefinition definition, RateBasis basis, Figures figures);
    }

    private static RateCheck reproduce(PublishedFigures figures, BigDecimal stated, Share share) {
        List<RateMatch> matches = new ArrayList<>();
        List<NotComputable> notComputable = new ArrayList<>();
        reproduce(figures, new FiguresBasis(figures, false), "published", stated, share, matches, notComputable);
        if (totalsDisagreeWithTheirParts(figures)) {
            reproduce(figures, new FiguresBasis(figures, true), "sum", stated, share, matches, new ArrayList<>());
        }
        return new RateCheck(stated.toPlainString(), List.copyOf(matches), List.copyOf(notComputable));
    }

    /** Whether a stated received or resolved total differs from the sum of its stated parts. */
    private static boolean totalsDisagreeWithTheirParts(PublishedFigures figures) {
        return ReportColumn.identities().stream()
                .filter(identity ->
                        identity.total() == ReportColumn.RECEIVED || identity.total() == ReportColumn.RESOLVED)
                .filter(identity -> identity.parts().stream().noneMatch(ZERO_WHEN_UNSTATED::contains))
                .anyMatch(identity -> failure(figures, identity).isPresent());
    }

    @SuppressWarnings("TooManyParameters") // one pass of reproduce(), on one basis
    private static void reproduce(
            PublishedFigures figures,
            FiguresBasis basis,
            String baseName,
            BigDecimal stated,
            Share share,
            List<RateMatch> matches,
            List<NotComputable> notComputable) {
        int decimals = Math.max(0, stated.scale());
        List<Figures> candidates = figures.get(Quantity.LATE_EXCUSED).isPresent()
                ? List.of(Figures.OFFICIAL, Figures.ADJUSTED)
                : List.of(Figures.OFFICIAL);
        for (RateDefinition definition : RateDefinition.values()) {
            for (Figures which : candidates) {
                Rate rate;
                try {
                    rate = share.of(definition, basis, which);
                } catch (FiguresBasis.Missing notStated) {
                    notComputable.add(new NotComputable(definition, lowerCase(which.name()), notStated.column()));
                    continue;
                }
                for (Rounding.Mode mode : Rounding.Mode.values()) {
                    if (decimals <= Rounding.MAX_DECIMALS
                            && rate.percent(Rounding.of(mode, decimals))
                                    .filter(percent -> percent.compareTo(stated) == 0)
                                    .isPresent()) {
                        matches.add(new RateMatch(
                                definition, lowerCase(which.name()), lowerCase(mode.name()), decimals, baseName));
                    }
                }
            }
        }
    }

    private static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
