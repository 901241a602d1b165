package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.Deadline;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.deadline.SupplementPolicy;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcessingTime;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of deadline computation on the national calendar. */
class DeadlineProperties {
    private static final ProcedureCatalogue CATALOGUE = Fixtures.CATALOGUE;

    private static DeadlineRules rules(ProcedureCatalogue catalogue, SupplementPolicy policy) {
        return Fixtures.rules(catalogue, policy);
    }

    private static ProcedureCatalogue catalogue(List<ProcessingTime> times) {
        return Fixtures.catalogue(times);
    }

    @Provide
    Arbitrary<Dossier> dossiers() {
        return Fixtures.dossiers()
                .filter(dossier -> dossier.supplementRequests().stream()
                        .allMatch(request -> request.answeredAt().isPresent()));
    }

    @Property
    void restartNeverGivesAnEarlierDueDateThanPause(@ForAll("dossiers") Dossier dossier) {
        Deadline restart = rules(CATALOGUE, SupplementPolicy.RESTART).deadline(dossier);
        Deadline pause = rules(CATALOGUE, SupplementPolicy.PAUSE).deadline(dossier);

        assertThat(restart.dueInstant().orElseThrow())
                .isAfterOrEqualTo(pause.dueInstant().orElseThrow());
        assertThat(restart.dueDate().orElseThrow())
                .isAfterOrEqualTo(pause.dueDate().orElseThrow());
    }

    @Property
    void withoutSupplementRequestsBothPoliciesAgree(@ForAll("dossiers") Dossier dossier) {
        Dossier plain =
                Dossier.builder().from(dossier).supplementRequests(List.of()).build();

        assertThat(rules(CATALOGUE, SupplementPolicy.RESTART).deadline(plain).dueInstant())
                .isEqualTo(
                        rules(CATALOGUE, SupplementPolicy.PAUSE).deadline(plain).dueInstant());
    }

    @Property
    void oneMoreWorkingDayGivesALaterDueDate(
            @ForAll("dossiers") Dossier dossier,
            @ForAll @IntRange(min = 1, max = 60) int days,
            @ForAll SupplementPolicy policy) {
        ProcedureCatalogue shorter = catalogue(List.of(ProcessingTime.workingDays(days)));
        ProcedureCatalogue longer = catalogue(List.of(ProcessingTime.workingDays(days + 1)));
        Dossier first =
                Dossier.builder().from(dossier).procedureCode("1.000000").build();

        assertThat(rules(longer, policy).deadline(first).dueDate().orElseThrow())
                .isAfter(rules(shorter, policy).deadline(first).dueDate().orElseThrow());
    }

    @Property
    void theDueDateOfWorkingDaysIsAWorkingDayAfterTheReceipt(@ForAll("dossiers") Dossier dossier) {
        Dossier first =
                Dossier.builder().from(dossier).procedureCode("1.000000").build();
        Deadline deadline = rules(CATALOGUE, SupplementPolicy.RESTART).deadline(first);

        assertThat(VietnamCalendars.official().isWorkingDay(deadline.originalDueDate()))
                .isTrue();
        assertThat(deadline.originalDueDate()).isAfter(first.receivedDate());
    }
}
