package io.github.motcua.testkit;

import io.github.motcua.calendar.CalendarEntry;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcessingTime;
import io.github.motcua.unit.Unit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain that generates every motcua value for {@code @ForAll} parameters, with
 * {@link MotcuaArbitraries}' defaults.
 *
 * <pre>{@code
 * @Property
 * @Domain(MotcuaDomain.class)
 * void dossiersSurviveACopy(@ForAll Dossier dossier) { ... }
 * }</pre>
 */
public class MotcuaDomain extends DomainContextBase {
    /** Creates the domain; jqwik does so when a property names it in {@code @Domain}. */
    public MotcuaDomain() {}

    @Provide
    Arbitrary<Dossier> dossiers() {
        return MotcuaArbitraries.dossiers();
    }

    @Provide
    Arbitrary<Procedure> procedures() {
        return MotcuaArbitraries.procedures();
    }

    @Provide
    Arbitrary<ProcessingTime> processingTimes() {
        return MotcuaArbitraries.processingTimes();
    }

    @Provide
    Arbitrary<Field> fields() {
        return MotcuaArbitraries.fields();
    }

    @Provide
    Arbitrary<Unit> units() {
        return MotcuaArbitraries.units();
    }

    @Provide
    Arbitrary<ReportingPeriod> reportingPeriods() {
        return MotcuaArbitraries.reportingPeriods();
    }

    @Provide
    Arbitrary<ExcusalInterval> excusalIntervals() {
        return MotcuaArbitraries.excusalIntervals();
    }

    @Provide
    Arbitrary<CalendarEntry> calendarEntries() {
        return MotcuaArbitraries.calendarEntries();
    }
}
