package io.github.motcua.examples;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.Deadline;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcessingTime;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/** The README's deadline example: a dossier received before Tết is due after the holiday. */
public final class ComputeADeadline {
    private ComputeADeadline() {}

    /**
     * Computes the due date of a dossier received on 18 January 2023 under a 5-working-day procedure.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // tag::readme[]
        Procedure marriage = Procedure.builder()
                .code("1.000894") // xác nhận tình trạng hôn nhân
                .name("Cấp Giấy xác nhận tình trạng hôn nhân")
                .field(Field.of("HT", "Hộ tịch"))
                .processingTime(ProcessingTime.workingDays(5))
                .build();
        DeadlineRules rules = DeadlineRules.builder()
                .calendar(VietnamCalendars.official()) // Tết 2023: 20 to 26 January off
                .catalogue(ProcedureCatalogue.builder()
                        .add(marriage, LocalDate.of(2013, 5, 1))
                        .build())
                .build();
        Dossier dossier = Dossier.builder()
                .id("X-2023-0001")
                .procedureCode("1.000894")
                .receivingUnitCode("14.100.0001")
                .resolvingUnitCode("14.100.0001")
                .channel(Channel.DIRECT)
                .receivedAt(Instant.parse("2023-01-18T02:00:00Z")) // Wednesday 18 January, 09:00
                .build();

        Deadline deadline = rules.deadline(dossier);
        out.println(deadline.dueDate().orElseThrow()); // 2023-02-01: 19, 27, 30, 31 January and 1 February
        // end::readme[]
    }
}
