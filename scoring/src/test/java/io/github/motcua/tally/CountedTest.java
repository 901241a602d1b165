package io.github.motcua.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.Deadline;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcessingTime;
import io.github.motcua.timeliness.Timeliness;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which dossiers a period counts, and how, on the first quarter of 2023 (official window 15/12/2022 to 14/3/2023). */
class CountedTest {
    private static final Procedure FIVE_DAYS = Procedure.builder()
            .code("1.000005")
            .name("Thủ tục năm ngày")
            .field(Field.of("HT", "Hộ tịch"))
            .processingTime(ProcessingTime.workingDays(5))
            .build();
    private static final TimelinessClassifier CLASSIFIER = TimelinessClassifier.builder()
            .deadlineRules(DeadlineRules.builder()
                    .calendar(VietnamCalendars.official())
                    .catalogue(ProcedureCatalogue.builder()
                            .add(FIVE_DAYS, LocalDate.of(2013, 5, 1))
                            .build())
                    .build())
            .build();
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2023-Q1");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
    }

    private static Dossier dossier(String received, Channel channel, String returned) {
        Dossier.Builder builder = Dossier.builder()
                .id("HS-" + received)
                .procedureCode(FIVE_DAYS.code())
                .receivingUnitCode("U1")
                .resolvingUnitCode("U1")
                .channel(channel)
                .receivedAt(at(received));
        if (!returned.isEmpty()) {
            builder.outcome(Outcome.RESOLVED).returnedAt(at(returned));
        }
        return builder.build();
    }

    private static Optional<Counted> count(Dossier dossier) {
        return Counted.inPeriod(dossier, Q1, CLASSIFIER);
    }

    @Test
    void aDossierReceivedInThePeriodIsNew() {
        Counted counted = count(dossier("2023-01-05T09:00", Channel.ONLINE, "2023-01-09T09:00"))
                .orElseThrow();

        assertThat(counted.inclusion()).isEqualTo(Inclusion.NEW);
        assertThat(counted.verdict().timeliness()).isEqualTo(Timeliness.EARLY);
    }

    @Test
    void aCountedDossierCarriesTheDeadlineItWasClassifiedAgainst() {
        Dossier dossier = dossier("2023-01-05T09:00", Channel.ONLINE, "2023-01-09T09:00");

        Counted counted = count(dossier).orElseThrow();

        assertThat(counted.deadline()).isEqualTo(CLASSIFIER.deadlineOn(dossier, Q1.end()));
        assertThat(counted.deadline().dueDate()).isEqualTo(counted.verdict().dueDate());
    }

    @Test
    void aDeadlineOrVerdictOfAnotherDossierCannotBeCounted() {
        Dossier dossier = dossier("2023-01-05T09:00", Channel.ONLINE, "2023-01-09T09:00");
        Dossier other = dossier("2023-01-06T09:00", Channel.ONLINE, "2023-01-09T09:00");
        Deadline deadline = CLASSIFIER.deadlineOn(dossier, Q1.end());
        Deadline othersDeadline = CLASSIFIER.deadlineOn(other, Q1.end());

        assertThatThrownBy(() -> Counted.of(
                        dossier, Inclusion.NEW, othersDeadline, CLASSIFIER.classify(dossier, deadline, Q1.end())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the deadline of dossier HS-2023-01-06T09:00 cannot count dossier HS-2023-01-05T09:00");
        assertThatThrownBy(() -> Counted.of(
                        dossier, Inclusion.NEW, deadline, CLASSIFIER.classify(other, othersDeadline, Q1.end())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the verdict of dossier HS-2023-01-06T09:00");
    }

    @Test
    void aDossierPendingAtThePeriodsStartIsCarriedOverAndResolvedInIt() {
        Counted counted = count(dossier("2022-12-12T09:00", Channel.DIRECT, "2022-12-19T09:00"))
                .orElseThrow();

        assertThat(counted.inclusion()).isEqualTo(Inclusion.CARRIED_OVER);
        assertThat(counted.verdict().timeliness()).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void dossiersEndedBeforeThePeriodOrReceivedAfterItAreLeftOut() {
        assertThat(count(dossier("2022-12-01T09:00", Channel.DIRECT, "2022-12-14T09:00")))
                .isEmpty();
        assertThat(count(dossier("2023-03-15T09:00", Channel.DIRECT, ""))).isEmpty();
    }

    @Test
    void aDossierStillPendingOnThePeriodsLastDayIsPending() {
        Counted counted = count(dossier("2023-03-13T09:00", Channel.POSTAL, "2023-03-17T09:00"))
                .orElseThrow();

        assertThat(counted.verdict().timeliness()).isEqualTo(Timeliness.PENDING_WITHIN);
    }

    @Test
    void theTallyCountsEveryColumnOnceAndKeepsTheIdentity() {
        List<Dossier> dossiers = List.of(
                dossier("2023-01-05T09:00", Channel.ONLINE, "2023-01-09T09:00"),
                dossier("2022-12-12T09:00", Channel.DIRECT, "2022-12-19T09:00"),
                dossier("2023-01-05T09:00", Channel.DIRECT, "2023-01-20T09:00"),
                dossier("2023-03-13T09:00", Channel.POSTAL, ""),
                dossier("2023-02-01T09:00", Channel.DIRECT, ""));
        Tally tally =
                dossiers.stream().flatMap(dossier -> count(dossier).stream()).collect(Tally.collector());

        assertThat(tally.received()).isEqualTo(5);
        assertThat(tally.newOnline()).isEqualTo(1);
        assertThat(tally.newDirectOrPostal()).isEqualTo(3);
        assertThat(tally.newDossiers(Channel.POSTAL)).isEqualTo(1);
        assertThat(tally.carriedOver()).isEqualTo(1);
        assertThat(tally.early()).isEqualTo(1);
        assertThat(tally.onTime()).isEqualTo(1);
        assertThat(tally.late()).isEqualTo(1);
        assertThat(tally.pendingWithin()).isEqualTo(1);
        assertThat(tally.pendingOverdue()).isEqualTo(1);
        assertThat(tally.received())
                .isEqualTo(tally.resolved() + tally.pending() + tally.refused() + tally.withdrawn() + tally.stopped());
        assertThat(tally.merge(Tally.empty())).isEqualTo(tally);
        assertThat(tally.toString()).startsWith("Tally[received=5, newOnline=1, newDirectOrPostal=3, carriedOver=1,");
    }
}
