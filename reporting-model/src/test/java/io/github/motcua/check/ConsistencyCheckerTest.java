package io.github.motcua.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.rate.RateDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsistencyCheckerTest {

    private static PublishedFigures.Builder district() {
        return PublishedFigures.builder("Thuận Châu, cấp huyện, 2023")
                .with(Quantity.RECEIVED, 3673)
                .with(Quantity.RESOLVED, 3673)
                .with(Quantity.EARLY, 3356)
                .with(Quantity.ON_TIME, 282)
                .with(Quantity.LATE, 35)
                .with(Quantity.LATE_EXCUSED, 26)
                .with(Quantity.PENDING, 0);
    }

    private static RateMatch match(RateDefinition definition, String figures, String rounding) {
        return new RateMatch(definition, figures, rounding, 2, "published");
    }

    @Test
    void theFoundingReportsDistrictRateIsTheAdjustedOnTimeShareOfResolvedDossiers() {
        CheckResult result = ConsistencyChecker.check(
                district().statedOnTimePercent(new BigDecimal("99.75")).build());

        assertThat(result.failedIdentities()).isEmpty();
        assertThat(result.onTime().orElseThrow().stated()).isEqualTo("99.75");
        assertThat(result.onTime().orElseThrow().reproducedBy())
                .contains(
                        match(RateDefinition.ON_TIME_OVER_RESOLVED, "adjusted", "half-up"),
                        match(RateDefinition.ON_TIME_OVER_RECEIVED, "adjusted", "half-up"))
                .noneMatch(match -> match.figures().equals("official"));
        assertThat(result.late()).isEmpty();
    }

    @Test
    void theFoundingReportsCommuneRateIsTheOfficialOnTimeShareOfResolvedDossiers() {
        CheckResult result = ConsistencyChecker.check(PublishedFigures.builder("Thuận Châu, cấp xã, 2023")
                .with(Quantity.RECEIVED, 9577)
                .with(Quantity.RESOLVED, 9577)
                .with(Quantity.EARLY, 7927)
                .with(Quantity.ON_TIME, 1627)
                .with(Quantity.LATE, 23)
                .with(Quantity.PENDING, 0)
                .statedOnTimePercent(new BigDecimal("99.76"))
                .build());

        assertThat(result.failedIdentities()).isEmpty();
        assertThat(result.onTime().orElseThrow().reproducedBy())
                .contains(match(RateDefinition.ON_TIME_OVER_RESOLVED, "official", "half-up"))
                .doesNotContain(match(RateDefinition.ON_TIME_OVER_RESOLVED, "official", "truncate"));
    }

    @Test
    void aTieIsReproducedByHalfUpAndCeilingButNotHalfEvenOrTruncation() {
        // 19949 / 20000 = 99.745% exactly
        PublishedFigures.Builder figures = PublishedFigures.builder("tie")
                .with(Quantity.RESOLVED, 20000)
                .with(Quantity.EARLY, 19000)
                .with(Quantity.ON_TIME, 949)
                .with(Quantity.LATE, 51);

        assertThat(ConsistencyChecker.check(figures.statedOnTimePercent(new BigDecimal("99.75"))
                                .build())
                        .onTime()
                        .orElseThrow()
                        .reproducedBy())
                .containsExactly(
                        match(RateDefinition.ON_TIME_OVER_RESOLVED, "official", "half-up"),
                        match(RateDefinition.ON_TIME_OVER_RESOLVED, "official", "ceiling"));
        assertThat(ConsistencyChecker.check(figures.statedOnTimePercent(new BigDecimal("99.74"))
                                .build())
                        .onTime()
                        .orElseThrow()
                        .reproducedBy())
                .containsExactly(
                        match(RateDefinition.ON_TIME_OVER_RESOLVED, "official", "half-even"),
                        match(RateDefinition.ON_TIME_OVER_RESOLVED, "official", "truncate"));
    }

    @Test
    void theDecimalsAreThoseTheStatedValueShows() {
        CheckResult result = ConsistencyChecker.check(
                district().statedOnTimePercent(new BigDecimal("99.8")).build());

        assertThat(result.onTime().orElseThrow().reproducedBy())
                .contains(new RateMatch(RateDefinition.ON_TIME_OVER_RESOLVED, "adjusted", "half-up", 1, "published"))
                .allMatch(match -> match.decimals() == 1);
    }

    @Test
    void aLateShareIsReproducedLikeAnOnTimeRate() {
        CheckResult result = ConsistencyChecker.check(
                district().statedLatePercent(new BigDecimal("0.95")).build());

        assertThat(result.late().orElseThrow().reproducedBy())
                .contains(match(RateDefinition.ON_TIME_OVER_RESOLVED, "official", "half-up"))
                .noneMatch(match -> match.figures().equals("adjusted"));
    }

    @Test
    void whenAPublishedTotalDisagreesWithItsPartsEachRateSaysWhichBaseReproducedIt() {
        // Resolved is published as 1150, but early + on time + late = 1100 + 50 + 5 = 1155.
        PublishedFigures.Builder figures = PublishedFigures.builder("parts")
                .with(Quantity.RESOLVED, 1150)
                .with(Quantity.EARLY, 1100)
                .with(Quantity.ON_TIME, 50)
                .with(Quantity.LATE, 5);

        RateCheck bySum = ConsistencyChecker.check(
                        figures.statedOnTimePercent(new BigDecimal("99.57")).build())
                .onTime()
                .orElseThrow();
        RateCheck byPublished = ConsistencyChecker.check(
                        figures.statedOnTimePercent(new BigDecimal("100.00")).build())
                .onTime()
                .orElseThrow();

        // 1150 / 1155 = 99.567…%: the parts' sum; 1150 / 1150 = 100%: the published total.
        assertThat(bySum.reproducedBy())
                .contains(new RateMatch(RateDefinition.ON_TIME_OVER_RESOLVED, "official", "half-up", 2, "sum"))
                .allMatch(match -> match.base().equals("sum"));
        assertThat(byPublished.reproducedBy())
                .contains(new RateMatch(RateDefinition.ON_TIME_OVER_RESOLVED, "official", "half-up", 2, "published"));
    }

    @Test
    void whenTheTotalsAgreeWithTheirPartsOnlyThePublishedBaseIsTried() {
        CheckResult result = ConsistencyChecker.check(
                district().statedOnTimePercent(new BigDecimal("99.75")).build());

        assertThat(result.onTime().orElseThrow().reproducedBy())
                .allMatch(match -> match.base().equals("published"));
    }

    /** Counts for which every definition and figures give a different rate. */
    private static PublishedFigures.Builder distinct() {
        return PublishedFigures.builder("distinct")
                .with(Quantity.RECEIVED, 200)
                .with(Quantity.RESOLVED, 150)
                .with(Quantity.EARLY, 100)
                .with(Quantity.ON_TIME, 20)
                .with(Quantity.LATE, 30)
                .with(Quantity.LATE_EXCUSED, 10)
                .with(Quantity.PENDING, 50)
                .with(Quantity.PENDING_WITHIN, 35)
                .with(Quantity.PENDING_OVERDUE, 15);
    }

    private static List<String> onTimeReproducers(String stated) {
        return reproducers(ConsistencyChecker.check(
                        distinct().statedOnTimePercent(new BigDecimal(stated)).build())
                .onTime());
    }

    private static List<String> lateReproducers(String stated) {
        return reproducers(ConsistencyChecker.check(
                        distinct().statedLatePercent(new BigDecimal(stated)).build())
                .late());
    }

    private static List<String> reproducers(Optional<RateCheck> check) {
        return check.orElseThrow().reproducedBy().stream()
                .map(match -> match.definition() + " " + match.figures())
                .distinct()
                .toList();
    }

    @Test
    void eachDefinitionAndFiguresIsRecognisedByItsOwnOnTimeRate() {
        assertThat(onTimeReproducers("80.00")).containsExactly("ON_TIME_OVER_RESOLVED official");
        assertThat(onTimeReproducers("86.67")).containsExactly("ON_TIME_OVER_RESOLVED adjusted");
        assertThat(onTimeReproducers("72.73")).containsExactly("ON_TIME_OVER_DUE official");
        assertThat(onTimeReproducers("78.79")).containsExactly("ON_TIME_OVER_DUE adjusted");
        assertThat(onTimeReproducers("60.00")).containsExactly("ON_TIME_OVER_RECEIVED official");
        assertThat(onTimeReproducers("65.00")).containsExactly("ON_TIME_OVER_RECEIVED adjusted");
        assertThat(onTimeReproducers("77.50")).containsExactly("ON_TIME_WITH_PENDING_OVER_RECEIVED official");
        assertThat(onTimeReproducers("82.50")).containsExactly("ON_TIME_WITH_PENDING_OVER_RECEIVED adjusted");
    }

    @Test
    void eachDefinitionAndFiguresIsRecognisedByItsOwnLateShare() {
        assertThat(lateReproducers("20.00")).containsExactly("ON_TIME_OVER_RESOLVED official");
        assertThat(lateReproducers("13.33")).containsExactly("ON_TIME_OVER_RESOLVED adjusted");
        assertThat(lateReproducers("27.27")).containsExactly("ON_TIME_OVER_DUE official");
        assertThat(lateReproducers("21.21")).containsExactly("ON_TIME_OVER_DUE adjusted");
        assertThat(lateReproducers("15.00")).containsExactly("ON_TIME_OVER_RECEIVED official");
        assertThat(lateReproducers("10.00")).containsExactly("ON_TIME_OVER_RECEIVED adjusted");
        assertThat(lateReproducers("22.50")).containsExactly("ON_TIME_WITH_PENDING_OVER_RECEIVED official");
        assertThat(lateReproducers("17.50")).containsExactly("ON_TIME_WITH_PENDING_OVER_RECEIVED adjusted");
    }

    @Test
    void aDefinitionThatCannotBeComputedSaysWhichCountIsMissing() {
        RateCheck check = ConsistencyChecker.check(PublishedFigures.builder("no on_time")
                        .with(Quantity.RECEIVED, 100)
                        .with(Quantity.RESOLVED, 100)
                        .statedOnTimePercent(new BigDecimal("95"))
                        .build())
                .onTime()
                .orElseThrow();

        assertThat(check.reproducedBy()).isEmpty();
        assertThat(check.notComputable())
                .hasSize(4)
                .allMatch(missing ->
                        missing.missing().equals("on_time") && missing.figures().equals("official"));
    }

    @Test
    void aStatedPercentageAboveAHundredAndStoppedDossiersAreChecked() {
        CheckResult result = ConsistencyChecker.check(PublishedFigures.builder("stopped")
                .with(Quantity.RECEIVED, 10)
                .with(Quantity.RESOLVED, 7)
                .with(Quantity.PENDING, 1)
                .with(Quantity.STOPPED, 2)
                .statedOnTimePercent(new BigDecimal("150"))
                .build());

        assertThat(result.failedIdentities())
                .containsExactly(new FailedIdentity(
                        "on-time % <= 100", new BigDecimal("100"), new BigDecimal("150"), new BigDecimal("50")));
    }

    @Test
    void aRateNoDefinitionReproducesHasNoMatch() {
        assertThat(ConsistencyChecker.check(district()
                                .statedOnTimePercent(new BigDecimal("98.00"))
                                .build())
                        .onTime()
                        .orElseThrow()
                        .reproducedBy())
                .isEmpty();
    }

    @Test
    void withoutEarlyOnTimeStandsForEarlyAndOnTime() {
        CheckResult result = ConsistencyChecker.check(PublishedFigures.builder("no early")
                .with(Quantity.RESOLVED, 100)
                .with(Quantity.ON_TIME, 95)
                .with(Quantity.LATE, 5)
                .statedOnTimePercent(new BigDecimal("95.00"))
                .build());

        assertThat(result.failedIdentities()).isEmpty();
        assertThat(result.onTime().orElseThrow().reproducedBy())
                .contains(match(RateDefinition.ON_TIME_OVER_RESOLVED, "official", "half-up"));
    }

    @Test
    void definitionsThatNeedAnUnstatedCountAreSkipped() {
        CheckResult result = ConsistencyChecker.check(PublishedFigures.builder("pending without split")
                .with(Quantity.RECEIVED, 110)
                .with(Quantity.RESOLVED, 100)
                .with(Quantity.EARLY, 90)
                .with(Quantity.ON_TIME, 5)
                .with(Quantity.LATE, 5)
                .with(Quantity.PENDING, 10)
                .statedOnTimePercent(new BigDecimal("95.00"))
                .build());

        assertThat(result.onTime().orElseThrow().reproducedBy())
                .extracting(RateMatch::definition)
                .containsOnly(RateDefinition.ON_TIME_OVER_RESOLVED);
    }

    @Test
    void everyIdentityThatFailsIsListedWithItsNumbers() {
        CheckResult result = ConsistencyChecker.check(PublishedFigures.builder("broken")
                .with(Quantity.RECEIVED, 120)
                .with(Quantity.NEW_ONLINE, 50)
                .with(Quantity.NEW_DIRECT_POSTAL, 60)
                .with(Quantity.CARRIED_OVER, 5)
                .with(Quantity.RESOLVED, 100)
                .with(Quantity.EARLY, 90)
                .with(Quantity.ON_TIME, 6)
                .with(Quantity.LATE, 5)
                .with(Quantity.LATE_EXCUSED, 7)
                .with(Quantity.PENDING, 12)
                .with(Quantity.PENDING_WITHIN, 10)
                .with(Quantity.PENDING_OVERDUE, 1)
                .with(Quantity.WITHDRAWN, 3)
                .statedOnTimePercent(new BigDecimal("96.00"))
                .statedLatePercent(new BigDecimal("5.00"))
                .build());

        assertThat(result.failedIdentities())
                .containsExactly(
                        failure("received = new_online + new_direct_postal + carried_over", 115, 120),
                        failure("resolved = early + on_time + late", 101, 100),
                        failure("pending = pending_in_time + pending_overdue", 11, 12),
                        failure("received = resolved + pending + withdrawn + refused + stopped", 115, 120),
                        failure("late_excused <= late", 5, 7),
                        new FailedIdentity(
                                "on-time % + late % <= 100",
                                new BigDecimal("100"), new BigDecimal("101.00"), new BigDecimal("1.00")));
    }

    private static FailedIdentity failure(String name, long expected, long actual) {
        return new FailedIdentity(
                name, BigDecimal.valueOf(expected), BigDecimal.valueOf(actual), BigDecimal.valueOf(actual - expected));
    }
}
