package io.github.motcua.testkit;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.deadline.SupplementPolicy;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcessingTime;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;

/** A small catalogue of procedures in every unit, and dossiers that use it, for the laws. */
final class Fixtures {
    static final List<ProcessingTime> TIMES = List.of(
            ProcessingTime.workingDays(10),
            ProcessingTime.workingHours(12),
            ProcessingTime.calendarDays(30),
            ProcessingTime.sameDay());
    static final ProcedureCatalogue CATALOGUE = catalogue(TIMES);

    private Fixtures() {}

    static String code(int index) {
        return "1.00000" + index;
    }

    static ProcedureCatalogue catalogue(List<ProcessingTime> times) {
        ProcedureCatalogue.Builder catalogue = ProcedureCatalogue.builder();
        for (int i = 0; i < times.size(); i++) {
            catalogue.add(
                    Procedure.builder()
                            .code(code(i))
                            .name("Thủ tục " + i)
                            .field(Field.of("F", "Lĩnh vực"))
                            .processingTime(times.get(i))
                            .build(),
                    VietnamCalendars.RANGE.start());
        }
        return catalogue.build();
    }

    static DeadlineRules rules(ProcedureCatalogue catalogue, SupplementPolicy policy) {
        return DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(catalogue)
                .supplementPolicy(policy)
                .build();
    }

    static TimelinessClassifier classifier(SupplementPolicy policy) {
        return TimelinessClassifier.builder()
                .deadlineRules(rules(CATALOGUE, policy))
                .build();
    }

    /** Dossiers of the catalogue's procedures, received from June 2013 to 2033. */
    static Arbitrary<Dossier> dossiers() {
        return MotcuaArbitraries.dossiers()
                .receivedBetween(LocalDate.of(2013, 6, 1), LocalDate.of(2033, 12, 31))
                .procedureCodes(List.of(code(0), code(1), code(2), code(3)));
    }
}
