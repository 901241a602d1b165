package io.github.motcua.timeliness;

import static io.github.motcua.timeliness.TenWorkingDays.YEAR_END;
import static io.github.motcua.timeliness.TenWorkingDays.at;
import static io.github.motcua.timeliness.TenWorkingDays.received;
import static io.github.motcua.timeliness.TenWorkingDays.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.deadline.SupplementPolicy;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.dossier.SupplementRequest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A classifier under a classification policy: the policy's rules replace the classifier's, the rest is kept. */
class ClassificationPolicyTest {
    private static final DeadlineRules LEGAL = rules();

    /** Received Wednesday 1/3/2023 at 09:00; returned on the given day at 09:00 after the supplement requests. */
    private static Dossier returnedOn(String day, SupplementRequest... requests) {
        return received()
                .resolvingUnitCode("U2")
                .addSupplementRequests(requests)
                .outcome(Outcome.RESOLVED)
                .returnedAt(at(day + "T09:00"))
                .build();
    }

    @Test
    void theNationalIndexPausesTheClockDuringASupplementRequest() {
        // Requested Friday 3/3, answered Wednesday 8/3: RESTART gives 22/3, PAUSE 20/3.
        Dossier dossier =
                returnedOn("2023-03-21", SupplementRequest.of(at("2023-03-03T09:00"), at("2023-03-08T09:00")));
        TimelinessClassifier legal =
                TimelinessClassifier.builder().deadlineRules(LEGAL).build();

        TimelinessClassifier index = legal.under(ClassificationPolicy.nationalIndex());

        assertThat(legal.classify(dossier, YEAR_END).timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(index.classify(dossier, YEAR_END).timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(index.deadlineOn(dossier, YEAR_END).dueDate()).contains(LocalDate.of(2023, 3, 20));
    }

    @Test
    void theNationalIndexCountsMoreThanOneSupplementRequestOverdue() {
        Dossier twice = returnedOn(
                "2023-03-06",
                SupplementRequest.of(at("2023-03-02T09:00"), at("2023-03-02T10:00")),
                SupplementRequest.of(at("2023-03-03T09:00"), at("2023-03-03T10:00")));
        TimelinessClassifier legal =
                TimelinessClassifier.builder().deadlineRules(LEGAL).build();

        assertThat(legal.classify(twice, YEAR_END).timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(legal.under(ClassificationPolicy.nationalIndex())
                        .classify(twice, YEAR_END)
                        .timeliness())
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void aPolicyReplacesOnlyItsOwnRules() {
        TimelinessClassifier configured = TimelinessClassifier.builder()
                .deadlineRules(LEGAL)
                .granularity(Granularity.INSTANT)
                .endInstantPolicy(EndInstantPolicy.RETURNED)
                .attribution(Attribution.RECEIVING_UNIT)
                .build();

        TimelinessClassifier index = configured.under(ClassificationPolicy.nationalIndex());

        assertThat(index.repeatedSupplements()).isEqualTo(RepeatedSupplementPolicy.COUNTED_OVERDUE);
        assertThat(index.granularity()).isEqualTo(Granularity.INSTANT);
        assertThat(index.endInstantPolicy()).isEqualTo(EndInstantPolicy.RETURNED);
        assertThat(index.attribution()).isEqualTo(Attribution.RECEIVING_UNIT);
        assertThat(index.excusalRule()).isEqualTo(configured.excusalRule());
    }

    @Test
    void thePolicyAsConfiguredLeavesTheClassifierAsItIs() {
        TimelinessClassifier paused = TimelinessClassifier.builder()
                .deadlineRules(LEGAL.withSupplementPolicy(SupplementPolicy.PAUSE))
                .build();

        assertThat(paused.under(ClassificationPolicy.asConfigured())).isSameAs(paused);
    }

    @Test
    void policiesAreValuesThatNameTheirRules() {
        assertThat(ClassificationPolicy.of(SupplementPolicy.PAUSE, RepeatedSupplementPolicy.COUNTED_OVERDUE))
                .isEqualTo(ClassificationPolicy.nationalIndex())
                .hasSameHashCodeAs(ClassificationPolicy.nationalIndex())
                .hasToString("ClassificationPolicy[PAUSE, COUNTED_OVERDUE]");
        assertThat(ClassificationPolicy.asConfigured().supplementPolicy()).isEmpty();
        assertThat(ClassificationPolicy.asConfigured())
                .hasToString("ClassificationPolicy[as configured, as configured]");
    }
}
