package io.github.motcua.check;

import io.github.motcua.rate.Figures;
import io.github.motcua.rate.Rate;
import io.github.motcua.rate.RateBasis;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks the numbers of a published report against each other (docs/rules.md §3 and §4): lists
 * every identity that can be checked and fails, and for each stated percentage every rate
 * definition, figures (official or adjusted) and rounding that reproduce it exactly.
 *
 * <p>The identities, each checked only when all its terms are stated:
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
 * stated value shows. Adjusted figures are tried when an excused count is stated. This class is
 * immutable and thread-safe.
 */
public final class ConsistencyChecker {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
        sum(figures, Quantity.RECEIVED, List.of(Quantity.NEW_ONLINE, Quantity.NEW_DIRECT_POSTAL, Quantity.CARRIED_OVER))
                .ifPresent(failed::add);
        List<Quantity> resolvedParts = figures.get(Quantity.EARLY).isPresent()
                ? List.of(Quantity.EARLY, Quantity.ON_TIME, Quantity.LATE)
                : List.of(Quantity.ON_TIME, Quantity.LATE);
        sum(figures, Quantity.RESOLVED, resolvedParts).ifPresent(failed::add);
        sum(figures, Quantity.PENDING, List.of(Quantity.PENDING_WITHIN, Quantity.PENDING_OVERDUE))
                .ifPresent(failed::add);
        balance(figures).ifPresent(failed::add);
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

    private static Optional<FailedIdentity> sum(PublishedFigures figures, Quantity total, List<Quantity> parts) {
        OptionalLong stated = figures.get(total);
        long expected = 0;
        List<String> names = new ArrayList<>();
        for (Quantity part : parts) {
            OptionalLong value = figures.get(part);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            expected += value.getAsLong();
            names.add(part.column());
        }
        if (stated.isEmpty() || stated.getAsLong() == expected) {
            return Optional.empty();
        }
        String name = total.column() + " = " + String.join(" + ", names);
        return Optional.of(failure(name, BigDecimal.valueOf(expected), stated.getAsLong()));
    }

    private static Optional<FailedIdentity> balance(PublishedFigures figures) {
        OptionalLong received = figures.get(Quantity.RECEIVED);
        OptionalLong resolved = figures.get(Quantity.RESOLVED);
        OptionalLong pending = figures.get(Quantity.PENDING);
        if (received.isEmpty() || resolved.isEmpty() || pending.isEmpty()) {
            return Optional.empty();
        }
        long expected = resolved.getAsLong()
                + pending.getAsLong()
                + figures.get(Quantity.WITHDRAWN).orElse(0)
                + figures.get(Quantity.REFUSED).orElse(0)
                + figures.get(Quantity.STOPPED).orElse(0);
        return received.getAsLong() == expected
                ? Optional.empty()
                : Optional.of(failure(
                        "received = resolved + pending + withdrawn + refused + stopped",
                        BigDecimal.valueOf(expected),
                        received.getAsLong()));
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
        FiguresBasis basis = new FiguresBasis(figures);
        int decimals = Math.max(0, stated.scale());
        List<Figures> candidates = figures.get(Quantity.LATE_EXCUSED).isPresent()
                ? List.of(Figures.OFFICIAL, Figures.ADJUSTED)
                : List.of(Figures.OFFICIAL);
        List<RateMatch> matches = new ArrayList<>();
        List<NotComputable> notComputable = new ArrayList<>();
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
                        matches.add(
                                new RateMatch(definition, lowerCase(which.name()), lowerCase(mode.name()), decimals));
                    }
                }
            }
        }
        return new RateCheck(stated.toPlainString(), List.copyOf(matches), List.copyOf(notComputable));
    }

    private static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
