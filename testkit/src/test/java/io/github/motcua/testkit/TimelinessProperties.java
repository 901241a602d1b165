package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.VietnamTime;
import io.github.motcua.deadline.SupplementPolicy;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.dossier.SupplementRequest;
import io.github.motcua.timeliness.Timeliness;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.timeliness.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of classification, under every combination of the named policies ({@link Policies}). */
class TimelinessProperties {
    private static final Set<Timeliness> RESOLVED = EnumSet.of(Timeliness.EARLY, Timeliness.ON_TIME, Timeliness.LATE);
    private static final Set<Timeliness> PENDING = EnumSet.of(Timeliness.PENDING_WITHIN, Timeliness.PENDING_OVERDUE);

    @Provide
    Arbitrary<Dossier> dossiers() {
        return Fixtures.dossiers();
    }

    @Provide
    Arbitrary<Policies> policies() {
        return Policies.all();
    }

    @Property
    void everyDossierHasExactlyTheClassItsRecordAllows(
            @ForAll("dossiers") Dossier dossier,
            @ForAll @IntRange(min = 0, max = 400) int daysAfterReceipt,
            @ForAll("policies") Policies policies) {
        LocalDate reportDate = dossier.receivedDate().plusDays(daysAfterReceipt);
        TimelinessClassifier classifier = policies.classifier();

        Verdict verdict = classifier.classify(dossier, reportDate);

        Optional<LocalDate> ended = classifier
                .endInstantPolicy()
                .endOf(dossier)
                .map(VietnamTime::dateOf)
                .filter(end -> !end.isAfter(reportDate));
        if (ended.isEmpty()) {
            assertThat(verdict.timeliness()).isIn(PENDING);
        } else if (dossier.outcome().orElseThrow() == Outcome.RESOLVED) {
            assertThat(verdict.timeliness()).isIn(RESOLVED);
        } else {
            assertThat(verdict.timeliness().name())
                    .isEqualTo(dossier.outcome().orElseThrow().name());
        }
        assertThat(verdict.timeliness().isResolved() && verdict.timeliness().isPending())
                .as("resolved and pending exclude each other")
                .isFalse();
        assertThat(verdict.adjusted() == verdict.timeliness() || verdict.isExcused())
                .isTrue();
        assertThat(verdict.rule())
                .endsWith(verdict.timeliness().name()
                        + verdict.excusalReason()
                                .map(reason -> "; excused in the adjusted figures: " + reason)
                                .orElse(""));
    }

    @Property
    void everyVerdictBuiltAgainFromItsPartsEqualsIt(
            @ForAll("dossiers") Dossier dossier,
            @ForAll @IntRange(min = 0, max = 400) int daysAfterReceipt,
            @ForAll("policies") Policies policies) {
        TimelinessClassifier classifier = policies.classifier();
        Verdict verdict = classifier.classify(dossier, dossier.receivedDate().plusDays(daysAfterReceipt));

        Verdict rebuilt = Verdict.builder()
                .dossierId(verdict.dossierId())
                .reportDate(verdict.reportDate())
                .timeliness(verdict.timeliness())
                .decision(verdict.decision())
                .end(verdict.end())
                .dueDate(verdict.dueDate())
                .latenessWorkingDays(verdict.latenessWorkingDays())
                .excusalReason(verdict.excusalReason())
                .findings(verdict.findings())
                .build();

        assertThat(rebuilt).isEqualTo(verdict).hasSameHashCodeAs(verdict).hasToString(verdict.toString());
        assertThat(rebuilt.adjusted()).isEqualTo(verdict.adjusted());
    }

    @Property
    void underPauseASingleSupplementWaitNeverMakesTheClassWorse(
            @ForAll("dossiers") Dossier dossier,
            @ForAll("policies") Policies policies,
            @ForAll @IntRange(min = 0, max = 400) int daysAfterReceipt,
            @ForAll @IntRange(min = 0, max = 1000) int requestPermille,
            @ForAll @IntRange(min = 0, max = 1000) int answerPermille) {
        Dossier withoutWait =
                Dossier.builder().from(dossier).supplementRequests(List.of()).build();
        Instant received = dossier.receivedAt();
        Instant last = dossier.resultReadyAt().or(dossier::returnedAt).orElse(received.plus(Duration.ofDays(60)));
        long span = Duration.between(received, last).toSeconds();
        Instant requested = received.plusSeconds(span * requestPermille / 1000);
        Instant answered = requested.plusSeconds((span - span * requestPermille / 1000) * answerPermille / 1000);
        Dossier withWait = Dossier.builder()
                .from(withoutWait)
                .addSupplementRequests(SupplementRequest.of(requested, answered))
                .build();
        LocalDate reportDate = dossier.receivedDate().plusDays(daysAfterReceipt);
        TimelinessClassifier pause = policies.with(SupplementPolicy.PAUSE).classifier();

        assertThat(rank(pause.classify(withWait, reportDate).timeliness()))
                .isLessThanOrEqualTo(
                        rank(pause.classify(withoutWait, reportDate).timeliness()));
    }

    /** Better classes rank lower; refused, withdrawn and stopped are not ranked against the others. */
    private static int rank(Timeliness timeliness) {
        return switch (timeliness) {
            case EARLY, PENDING_WITHIN -> 0;
            case ON_TIME -> 1;
            case LATE, PENDING_OVERDUE -> 2;
            case REFUSED, WITHDRAWN, STOPPED -> 0;
        };
    }
}
