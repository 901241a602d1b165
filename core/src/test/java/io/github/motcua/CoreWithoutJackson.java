package io.github.motcua;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.lunar.LunarDate;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcessingTime;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The program that {@link CoreWithoutJacksonTest} runs in a JVM whose class path holds core's
 * classes and this class only: it builds a procedure and a dossier, computes the dossier's deadline
 * on the official calendar, converts Tết 2023 to the lunar calendar, and says whether Jackson can be
 * loaded.
 */
final class CoreWithoutJackson {
    private CoreWithoutJackson() {}

    public static void main(String[] args) {
        Procedure marriage = Procedure.builder()
                .code("1.000894")
                .name("Cấp Giấy xác nhận tình trạng hôn nhân")
                .field(Field.of("HT", "Hộ tịch"))
                .processingTime(ProcessingTime.workingDays(5))
                .build();
        DeadlineRules rules = DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
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
                .receivedAt(Instant.parse("2023-01-18T02:00:00Z"))
                .build();

        System.out.println("due " + rules.deadline(dossier).dueDate().orElseThrow());
        System.out.println("lunar " + LunarDate.from(LocalDate.of(2023, 1, 22)));
        System.out.println(
                "jackson-databind " + (loadable("com.fasterxml.jackson.databind.ObjectMapper") ? "present" : "absent"));
    }

    /** Whether the class is on the class path, whether or not what it needs is there too. */
    static boolean loadable(String className) {
        try {
            Class.forName(className, false, CoreWithoutJackson.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        } catch (LinkageError presentWithoutItsDependencies) {
            return true;
        }
    }
}
