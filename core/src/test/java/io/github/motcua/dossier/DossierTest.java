package io.github.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.InvalidValueException;
import io.github.motcua.MissingValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class DossierTest {
    private static final Instant RECEIVED = Instant.parse("2023-01-05T02:00:00Z");

    private static Dossier.Builder pending() {
        return Dossier.builder()
                .id("HS-1")
                .procedureCode("1.001193")
                .receivingUnitCode("14.100.0001")
                .resolvingUnitCode("14.100.0001")
                .channel(Channel.DIRECT)
                .receivedAt(RECEIVED);
    }

    private static Dossier.Builder resolved() {
        return pending()
                .outcome(Outcome.RESOLVED)
                .resultReadyAt(RECEIVED.plusSeconds(3600))
                .returnedAt(RECEIVED.plusSeconds(7200));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
            Dossier.Builder builder, String field, String rule) {
        return assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Dossier 'HS-1': " + field + " = ")
                .hasMessageContaining(rule)
                .satisfies(thrown -> {
                    InvalidValueException invalid = (InvalidValueException) thrown;
                    assertThat(invalid.valueId()).isEqualTo("HS-1");
                    assertThat(invalid.field()).isEqualTo(field);
                });
    }

    @Test
    void aDossierWithoutItsRequiredFieldsNamesThemAll() {
        assertThatThrownBy(() ->
                        Dossier.builder().id("HS-1").channel(Channel.DIRECT).build())
                .isInstanceOfSatisfying(MissingValueException.class, missing -> {
                    assertThat(missing.missing())
                            .containsExactly("procedureCode", "receivingUnitCode", "resolvingUnitCode", "receivedAt");
                    assertThat(missing.valueType()).isEqualTo("Dossier");
                    assertThat(missing.field())
                            .isEqualTo("procedureCode, receivingUnitCode, resolvingUnitCode, receivedAt");
                    assertThat(missing.value()).isEmpty();
                })
                .hasMessage("Dossier: required field(s) missing: procedureCode, receivingUnitCode, resolvingUnitCode,"
                        + " receivedAt");
    }

    @Test
    void aPendingDossierHasNoOutcomeAndNoEnd() {
        Dossier dossier = pending().build();

        assertThat(dossier.outcome()).isEmpty();
        assertThat(dossier.returnedAt()).isEmpty();
        assertThat(dossier.receivedDate()).isEqualTo(LocalDate.of(2023, 1, 5));
    }

    @Test
    void aResolvedDossierMayRecordEitherEndInstantOrBoth() {
        assertThat(resolved().build().resultReadyAt()).isPresent();
        assertThat(resolved().resultReadyAt(Optional.empty()).build().returnedAt())
                .isPresent();
        assertThat(resolved().returnedAt(Optional.empty()).build().resultReadyAt())
                .isPresent();
    }

    @Test
    void blankIdIsRejected() {
        assertThatThrownBy(() -> pending().id(" ").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Dossier ' ': id = ' ' breaks the rule: must not be blank");
    }

    @Test
    void blankUnitCodeIsRejected() {
        assertRejected(pending().resolvingUnitCode(""), "resolvingUnitCode", "must not be blank");
    }

    @Test
    void endBeforeReceiptIsRejected() {
        assertRejected(
                        resolved().resultReadyAt(Optional.empty()).returnedAt(RECEIVED.minusSeconds(1)),
                        "returnedAt",
                        "must not be before receivedAt (2023-01-05T09:00:00+07:00)")
                .hasMessage("Dossier 'HS-1': returnedAt = 2023-01-05T08:59:59+07:00 breaks the rule:"
                        + " must not be before receivedAt (2023-01-05T09:00:00+07:00)");
        assertRejected(
                resolved().returnedAt(Optional.empty()).resultReadyAt(RECEIVED.minusSeconds(60)),
                "resultReadyAt",
                "must not be before receivedAt");
    }

    @Test
    void returnBeforeResultReadyIsRejected() {
        assertRejected(
                resolved().resultReadyAt(RECEIVED.plusSeconds(600)).returnedAt(RECEIVED.plusSeconds(300)),
                "returnedAt",
                "must not be before resultReadyAt (2023-01-05T09:10:00+07:00)");
    }

    @Test
    void outcomeWithoutEndInstantIsRejected() {
        assertRejected(
                pending().outcome(Outcome.RESOLVED), "outcome", "a resolved dossier needs resultReadyAt or returnedAt");
        assertRejected(pending().outcome(Outcome.WITHDRAWN), "outcome", "a WITHDRAWN dossier needs returnedAt");
    }

    @Test
    void endInstantWithoutOutcomeIsRejected() {
        assertRejected(
                pending().returnedAt(RECEIVED.plusSeconds(60)),
                "returnedAt",
                "a dossier with an end instant must have an outcome");
        assertRejected(
                pending().resultReadyAt(RECEIVED.plusSeconds(60)),
                "resultReadyAt",
                "a dossier with an end instant must have an outcome");
    }

    @Test
    void resultReadyOnADossierThatWasNotResolvedIsRejected() {
        assertRejected(
                resolved().outcome(Outcome.REFUSED),
                "resultReadyAt",
                "only a resolved dossier has a result-ready instant; outcome is REFUSED");
    }

    @Test
    void appointmentBeforeTheDayOfReceiptIsRejected() {
        assertRejected(
                pending().appointmentDate(LocalDate.of(2023, 1, 4)),
                "appointmentDate",
                "must not be before the day of receipt (2023-01-05)");
        assertThat(pending().appointmentDate(LocalDate.of(2023, 1, 5)).build().appointmentDate())
                .contains(LocalDate.of(2023, 1, 5));
    }

    @Test
    void supplementAnsweredBeforeItWasRequestedIsRejected() {
        Instant requested = RECEIVED.plusSeconds(3600);
        assertRejected(
                pending().addSupplementRequests(SupplementRequest.of(requested, requested.minusSeconds(1))),
                "supplementRequests[0].answeredAt",
                "must not be before supplementRequests[0].requestedAt");
    }

    @Test
    void supplementRequestedBeforeReceiptIsRejected() {
        assertRejected(
                pending().addSupplementRequests(SupplementRequest.unanswered(RECEIVED.minusSeconds(1))),
                "supplementRequests[0].requestedAt",
                "must not be before receivedAt");
    }

    @Test
    void overlappingSupplementRequestsAreRejected() {
        Instant first = RECEIVED.plusSeconds(3600);
        SupplementRequest answeredLate = SupplementRequest.of(first, first.plusSeconds(7200));
        SupplementRequest startedEarly = SupplementRequest.of(first.plusSeconds(3600), first.plusSeconds(9000));

        assertRejected(
                pending().supplementRequests(List.of(answeredLate, startedEarly)),
                "supplementRequests[1].requestedAt",
                "must not be before supplementRequests[0].answeredAt");
        assertRejected(
                pending().supplementRequests(List.of(SupplementRequest.unanswered(first), startedEarly)),
                "supplementRequests[1].requestedAt",
                "the previous request, supplementRequests[0], was never answered");
    }

    @Test
    void supplementRequestedAfterTheEndIsRejected() {
        Dossier dossier = resolved().build();
        Instant afterEnd = dossier.returnedAt().orElseThrow().plusSeconds(1);
        assertRejected(
                resolved().addSupplementRequests(SupplementRequest.unanswered(afterEnd)),
                "supplementRequests[0].requestedAt",
                "must not be after the dossier's end");
    }

    @Test
    void aSupplementAnsweredOrRequestedAfterTheResultWasReadyIsRejected() {
        Instant ready = RECEIVED.plusSeconds(3600);
        assertRejected(
                resolved().addSupplementRequests(SupplementRequest.of(RECEIVED.plusSeconds(60), ready.plusSeconds(1))),
                "supplementRequests[0].answeredAt",
                "must not be after the dossier's end (2023-01-05T10:00:00+07:00)");
        assertRejected(
                resolved().addSupplementRequests(SupplementRequest.of(ready.plusSeconds(1), ready.plusSeconds(2))),
                "supplementRequests[0].requestedAt",
                "must not be after the dossier's end (2023-01-05T10:00:00+07:00)");
    }

    @Test
    void aResolvedDossierCannotStillWaitForTheApplicant() {
        assertRejected(
                resolved().addSupplementRequests(SupplementRequest.unanswered(RECEIVED.plusSeconds(60))),
                "supplementRequests[0].answeredAt",
                "a resolved dossier cannot still be waiting for the applicant");
        Dossier withdrawn = pending()
                .addSupplementRequests(SupplementRequest.unanswered(RECEIVED.plusSeconds(60)))
                .outcome(Outcome.WITHDRAWN)
                .returnedAt(RECEIVED.plusSeconds(7200))
                .build();
        assertThat(withdrawn.supplementRequests()).hasSize(1);
    }

    @Test
    void anApologyAfterTheEndIsRejected() {
        assertRejected(
                resolved().addExtensions(Extension.of(RECEIVED.plusSeconds(7200), LocalDate.of(2023, 1, 20))),
                "extensions[0].apologyIssuedAt",
                "must not be after the dossier's end");
    }

    @Test
    void consecutiveSupplementRequestsAreAccepted() {
        Instant first = RECEIVED.plusSeconds(3600);
        Dossier dossier = pending()
                .addSupplementRequests(SupplementRequest.of(first, first.plusSeconds(60)))
                .addSupplementRequests(SupplementRequest.unanswered(first.plusSeconds(60)))
                .build();

        assertThat(dossier.supplementRequests()).hasSize(2);
    }

    @Test
    void extensionsOutOfOrderOrBeforeReceiptAreRejected() {
        Extension late = Extension.of(RECEIVED.plusSeconds(7200), LocalDate.of(2023, 1, 20));
        Extension early = Extension.of(RECEIVED.plusSeconds(3600), LocalDate.of(2023, 1, 25));

        assertRejected(
                pending().addExtensions(late, early),
                "extensions[1].apologyIssuedAt",
                "must not be before extensions[0].apologyIssuedAt");
        assertRejected(
                pending().addExtensions(Extension.of(RECEIVED.minusSeconds(1), LocalDate.of(2023, 1, 20))),
                "extensions[0].apologyIssuedAt",
                "must not be before receivedAt");
        assertRejected(
                pending().addExtensions(Extension.of(RECEIVED, LocalDate.of(2023, 1, 1))),
                "extensions[0].newAppointmentDate",
                "must not be before the day the apology was issued (2023-01-05)");
    }

    @Test
    void aSecondExtensionIsKeptSoThatItCanBeReported() {
        Dossier dossier = pending()
                .addExtensions(Extension.of(RECEIVED.plusSeconds(60), LocalDate.of(2023, 1, 20)))
                .addExtensions(Extension.of(RECEIVED.plusSeconds(120), LocalDate.of(2023, 1, 30)))
                .build();

        assertThat(dossier.extensions()).hasSize(2);
    }

    @Test
    void handlingStepCompletedBeforeItStartedIsRejected() {
        HandlingStep step = HandlingStep.builder()
                .stepId("APPRAISAL")
                .unitCode("14.100.0002")
                .officialId("CB1")
                .startedAt(RECEIVED.plusSeconds(600))
                .completedAt(RECEIVED.plusSeconds(300))
                .build();

        assertRejected(
                pending().addHandlingSteps(step),
                "handlingSteps[0].completedAt",
                "must not be before startedAt (2023-01-05T09:10:00+07:00)");
    }

    @Test
    void evaluationOrComplaintBeforeReceiptIsRejected() {
        Evaluation evaluation = Evaluation.builder()
                .channel(EvaluationChannel.FORM)
                .submittedAt(RECEIVED.minusSeconds(1))
                .build();

        assertRejected(
                pending().addEvaluations(evaluation), "evaluations[0].submittedAt", "must not be before receivedAt");
        assertRejected(
                pending().addComplaints(Complaint.of(RECEIVED.minusSeconds(1), true, "Trả kết quả chậm")),
                "complaints[0].filedAt",
                "must not be before receivedAt");
    }

    @Test
    void negativeCountsAndRatingsInAnEvaluationAreRejected() {
        Evaluation.Builder evaluation =
                Evaluation.builder().channel(EvaluationChannel.ONLINE).submittedAt(RECEIVED);

        assertThatThrownBy(() -> evaluation.contactsNeeded(-1).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Evaluation: contactsNeeded = -1 breaks the rule: must not be negative");
        assertThatThrownBy(() -> Evaluation.builder()
                        .channel(EvaluationChannel.ONLINE)
                        .submittedAt(RECEIVED)
                        .putRatings("TT01/7", -2)
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Evaluation: ratings.TT01/7 = -2 breaks the rule: must not be negative");
    }

    @Test
    void valuesWithTheSameAttributesAreEqual() {
        assertThat(resolved().build())
                .isEqualTo(resolved().build())
                .hasSameHashCodeAs(resolved().build());
        assertThat(resolved().build()).isNotEqualTo(resolved().id("HS-2").build());
    }
}
