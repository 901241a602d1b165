package io.github.motcua.timeliness;

import static io.github.motcua.timeliness.TenWorkingDays.DUE;
import static io.github.motcua.timeliness.TenWorkingDays.YEAR_END;
import static io.github.motcua.timeliness.TenWorkingDays.at;
import static io.github.motcua.timeliness.TenWorkingDays.received;
import static io.github.motcua.timeliness.TenWorkingDays.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.deadline.DeadlineFinding;
import io.github.motcua.deadline.FindingKind;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Extension;
import io.github.motcua.dossier.Outcome;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A dossier extended with an apology: received Wednesday 1/3/2023, 10 working days (due 15/3), the
 * apology issued 13/3 promising 22/3.
 */
class ExtensionPolicyTest {
    private static final LocalDate PROMISED = LocalDate.of(2023, 3, 22);
    private static final TimelinessClassifier ORIGINAL =
            TimelinessClassifier.builder().deadlineRules(rules()).build();
    private static final TimelinessClassifier PROMISE = TimelinessClassifier.builder()
            .deadlineRules(rules())
            .extensionPolicy(ExtensionPolicy.PROMISED_DATE)
            .build();

    private static Dossier extendedAndReturnedOn(String day) {
        return received()
                .addExtensions(Extension.of(at("2023-03-13T09:00"), PROMISED))
                .outcome(Outcome.RESOLVED)
                .returnedAt(at(day + "T09:00"))
                .build();
    }

    @Test
    void endingAfterThePromisedDateIsAFindingNamingTheDateAndTheDaysMissed() {
        Verdict verdict = ORIGINAL.classify(extendedAndReturnedOn("2023-03-24"), YEAR_END);

        assertThat(verdict.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(verdict.dueDate()).contains(DUE);
        assertThat(verdict.findings())
                .contains(DeadlineFinding.of(
                        FindingKind.PROMISE_BROKEN,
                        "the apology promised 2023-03-22; ended 2023-03-24, 2 working days later"));
    }

    @Test
    void aPromiseKeptIsNoFindingAndStaysLateAgainstTheOriginalDueDateByDefault() {
        Verdict verdict = ORIGINAL.classify(extendedAndReturnedOn("2023-03-22"), YEAR_END);

        assertThat(verdict.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(verdict.findings()).extracting(DeadlineFinding::kind).doesNotContain(FindingKind.PROMISE_BROKEN);
    }

    @Test
    void underThePromisedDatePolicyTheDossierIsJudgedAgainstThePromise() {
        Verdict kept = PROMISE.classify(extendedAndReturnedOn("2023-03-21"), YEAR_END);
        Verdict broken = PROMISE.classify(extendedAndReturnedOn("2023-03-24"), YEAR_END);
        Verdict pending = PROMISE.classify(
                received()
                        .addExtensions(Extension.of(at("2023-03-13T09:00"), PROMISED))
                        .build(),
                LocalDate.of(2023, 3, 20));

        assertThat(kept.timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(kept.dueDate()).contains(PROMISED);
        assertThat(broken.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(broken.latenessWorkingDays()).isEqualTo(2);
        assertThat(broken.findings()).extracting(DeadlineFinding::kind).contains(FindingKind.PROMISE_BROKEN);
        assertThat(pending.timeliness())
                .as("past the original due date, not past the promise")
                .isEqualTo(Timeliness.PENDING_WITHIN);
    }

    @Test
    void aPromiseIsComparedByDateEvenWhenItFallsOnTheDueDate() {
        TimelinessClassifier promiseByInstant = TimelinessClassifier.builder()
                .deadlineRules(rules())
                .extensionPolicy(ExtensionPolicy.PROMISED_DATE)
                .granularity(Granularity.INSTANT)
                .build();
        Dossier returnedAfterHours = received()
                .addExtensions(Extension.of(at("2023-03-13T09:00"), DUE))
                .outcome(Outcome.RESOLVED)
                .returnedAt(at("2023-03-15T17:30"))
                .build();

        assertThat(promiseByInstant.classify(returnedAfterHours, YEAR_END).timeliness())
                .isEqualTo(Timeliness.ON_TIME);
        assertThat(TimelinessClassifier.builder()
                        .deadlineRules(rules())
                        .granularity(Granularity.INSTANT)
                        .build()
                        .classify(returnedAfterHours, YEAR_END)
                        .timeliness())
                .as("against the due instant, without the promise")
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void withoutAnExtensionBothPoliciesGiveTheSameVerdict() {
        Dossier dossier = received()
                .outcome(Outcome.RESOLVED)
                .returnedAt(at("2023-03-17T09:00"))
                .build();

        assertThat(PROMISE.classify(dossier, YEAR_END)).isEqualTo(ORIGINAL.classify(dossier, YEAR_END));
        assertThat(ORIGINAL.under(ClassificationPolicy.nationalIndex()).extensionPolicy())
                .isEqualTo(ExtensionPolicy.ORIGINAL_DUE_DATE);
        assertThat(PROMISE.under(ClassificationPolicy.nationalIndex()).extensionPolicy())
                .isEqualTo(ExtensionPolicy.PROMISED_DATE);
    }
}
