package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.deadline.Deadline;
import io.github.motcua.deadline.SupplementPolicy;
import io.github.motcua.rate.Figures;
import io.github.motcua.rate.Rate;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import io.github.motcua.tally.Counted;
import io.github.motcua.tally.Inclusion;
import io.github.motcua.tally.ReportColumn;
import io.github.motcua.tally.Tally;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of tallies: a commutative monoid whose totals do not depend on how the work is split. */
class TallyProperties {
    private static final TimelinessClassifier CLASSIFIER = Fixtures.classifier(SupplementPolicy.RESTART);

    @Provide
    Arbitrary<Counted> counted() {
        return Combinators.combine(
                        Fixtures.dossiers(), Arbitraries.integers().between(0, 400), Arbitraries.of(Inclusion.class))
                .as((dossier, days, inclusion) -> {
                    LocalDate reportDate = dossier.receivedDate().plusDays(days);
                    Deadline deadline = CLASSIFIER.deadlineOn(dossier, reportDate);
                    return Counted.of(dossier, inclusion, deadline, CLASSIFIER.classify(dossier, deadline, reportDate));
                });
    }

    @Provide
    Arbitrary<List<Counted>> lists() {
        return counted().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Tally> tallies() {
        return lists().map(list -> list.stream().collect(Tally.collector()));
    }

    @Property(tries = 300)
    void mergeIsAssociative(@ForAll("tallies") Tally a, @ForAll("tallies") Tally b, @ForAll("tallies") Tally c) {
        assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
    }

    @Property(tries = 300)
    void mergeIsCommutativeWithTheEmptyTallyAsIdentity(@ForAll("tallies") Tally a, @ForAll("tallies") Tally b) {
        assertThat(a.merge(b)).isEqualTo(b.merge(a));
        assertThat(a.merge(Tally.empty())).isEqualTo(a);
        assertThat(Tally.empty().merge(a)).isEqualTo(a);
    }

    @Property(tries = 300)
    void theTallyOfAListIsTheMergeOfTheTalliesOfAnySplitInAnyOrder(
            @ForAll("lists") List<Counted> list, @ForAll @IntRange(min = 1, max = 8) int parts, @ForAll long seed) {
        Tally whole = list.stream().collect(Tally.collector());
        List<Counted> shuffled = new ArrayList<>(list);
        Collections.shuffle(shuffled, new Random(seed));
        Tally merged = Tally.empty();
        int size = (shuffled.size() + parts - 1) / Math.max(1, parts);
        for (int from = 0; from < shuffled.size(); from += Math.max(1, size)) {
            List<Counted> part = shuffled.subList(from, Math.min(shuffled.size(), from + Math.max(1, size)));
            merged = merged.merge(part.stream().collect(Tally.collector()));
        }

        assertThat(merged).isEqualTo(whole);
        assertThat(shuffled.parallelStream().collect(Tally.collector())).isEqualTo(whole);
        assertThat(list.stream().map(Tally::of).reduce(Tally.empty(), Tally::merge))
                .isEqualTo(whole);
    }

    @Property
    void everyColumnIsNonNegativeAndEveryIdentityOfTheReportHolds(@ForAll("tallies") Tally tally) {
        for (ReportColumn column : ReportColumn.values()) {
            assertThat(column.count(tally)).as(column.key()).isNotNegative();
        }
        for (ReportColumn.Identity identity : ReportColumn.identities()) {
            assertThat(identity.total().count(tally)).as(identity.toString()).isEqualTo(identity.sumOfParts(tally));
        }
        assertThat(tally.onTimeAdjusted() + tally.lateAdjusted()).isEqualTo(tally.onTime() + tally.late());
    }

    @Property
    void everyRateLiesBetweenZeroAndAHundredOrIsNoData(
            @ForAll("tallies") Tally tally, @ForAll RateDefinition definition, @ForAll Figures figures) {
        for (Rate rate : List.of(definition.onTime(tally, figures), definition.late(tally, figures))) {
            assertThat(rate.isNoData()).isEqualTo(tally.received() == 0 || rate.denominator() == 0);
            rate.percent(Rounding.DEFAULT)
                    .ifPresent(percent -> assertThat(percent).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
        }
        Rate onTime = definition.onTime(tally, figures);
        Rate late = definition.late(tally, figures);
        assertThat(onTime.numerator() + late.numerator()).isLessThanOrEqualTo(onTime.denominator());
    }
}
