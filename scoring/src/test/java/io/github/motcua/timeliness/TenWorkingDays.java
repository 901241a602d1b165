package io.github.motcua.timeliness;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.deadline.SupplementPolicy;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcessingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The classification tests' dossier: a procedure of 10 working days, received Wednesday 1/3/2023 at
 * 09:00 (due 15/3/2023), classified at the 2023 year's last day unless a test says otherwise.
 */
final class TenWorkingDays {
    static final LocalDate DUE = LocalDate.of(2023, 3, 15);
    static final LocalDate YEAR_END = LocalDate.of(2023, 12, 14);
    static final Procedure PROCEDURE = Procedure.builder()
            .code("1.000010")
            .name("Thủ tục mười ngày")
            .field(Field.of("DD", "Đất đai"))
            .processingTime(ProcessingTime.workingDays(10))
            .build();

    private TenWorkingDays() {}

    /** The official calendar and the procedure, under the legal editions' own supplement policy. */
    static DeadlineRules rules() {
        return DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(ProcedureCatalogue.builder()
                        .add(PROCEDURE, LocalDate.of(2013, 5, 1))
                        .build())
                .build();
    }

    /** The same rules with a supplement policy for every dossier. */
    static DeadlineRules rules(SupplementPolicy policy) {
        return rules().withSupplementPolicy(policy);
    }

    /** An instant given in Vietnam's local time. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
    }

    /** The dossier as received, to complete. */
    static Dossier.Builder received() {
        return Dossier.builder()
                .id("HS-1")
                .procedureCode(PROCEDURE.code())
                .receivingUnitCode("U1")
                .resolvingUnitCode("U1")
                .channel(Channel.DIRECT)
                .receivedAt(at("2023-03-01T09:00"));
    }
}
