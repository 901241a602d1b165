package io.github.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The record of a dossier as it stood at the end of a day: what came later is not yet known. */
class DossierAsKnownOnTest {
    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
    }

    private static Dossier.Builder received() {
        return Dossier.builder()
                .id("HS-1")
                .procedureCode("1.001193")
                .receivingUnitCode("U1")
                .resolvingUnitCode("U1")
                .channel(Channel.DIRECT)
                .receivedAt(at("2023-03-01T09:00"));
    }

    @Test
    void aRecordWithNothingAfterTheDayIsTheDossierItself() {
        Dossier dossier = received()
                .addSupplementRequests(SupplementRequest.of(at("2023-03-02T09:00"), at("2023-03-03T09:00")))
                .outcome(Outcome.RESOLVED)
                .returnedAt(at("2023-03-10T09:00"))
                .build();

        assertThat(dossier.asKnownOn(LocalDate.of(2023, 3, 3))).isSameAs(dossier);
    }

    @Test
    void aRequestSentAfterTheDayAndAnApologyIssuedAfterItAreNotYetKnown() {
        Dossier dossier = received()
                .addSupplementRequests(SupplementRequest.of(at("2023-03-06T09:00"), at("2023-03-07T09:00")))
                .addExtensions(Extension.of(at("2023-03-13T09:00"), LocalDate.of(2023, 3, 22)))
                .build();

        Dossier known = dossier.asKnownOn(LocalDate.of(2023, 3, 5));

        assertThat(known.supplementRequests()).isEmpty();
        assertThat(known.extensions()).isEmpty();
        assertThat(known.id()).isEqualTo(dossier.id());
        assertThat(dossier.asKnownOn(LocalDate.of(2023, 3, 13)).extensions()).isEqualTo(dossier.extensions());
    }

    @Test
    void anAnswerAfterTheDayLeavesTheRequestOpenAndTheDossierPending() {
        Dossier dossier = received()
                .addSupplementRequests(SupplementRequest.of(at("2023-03-02T09:00"), at("2023-03-08T09:00")))
                .outcome(Outcome.RESOLVED)
                .returnedAt(at("2023-03-20T09:00"))
                .build();

        Dossier known = dossier.asKnownOn(LocalDate.of(2023, 3, 7));

        assertThat(known.supplementRequests()).containsExactly(SupplementRequest.unanswered(at("2023-03-02T09:00")));
        assertThat(known.outcome()).isEmpty();
        assertThat(known.returnedAt()).isEmpty();
    }

    @Test
    void theDayEndsAtMidnightInVietnam() {
        // 23:30 on 7/3 in Vietnam is 16:30 UTC the same day; 00:30 on 8/3 is still 7/3 in UTC.
        Dossier lateEvening = received()
                .addSupplementRequests(SupplementRequest.unanswered(at("2023-03-07T23:30")))
                .build();
        Dossier afterMidnight = received()
                .addSupplementRequests(SupplementRequest.unanswered(at("2023-03-08T00:30")))
                .build();

        assertThat(lateEvening.asKnownOn(LocalDate.of(2023, 3, 7))).isSameAs(lateEvening);
        assertThat(afterMidnight.asKnownOn(LocalDate.of(2023, 3, 7)).supplementRequests())
                .isEmpty();
    }
}
