package io.github.motcua.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.motcua.calendar.CalendarEntry;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.testkit.MotcuaDomain;
import io.github.motcua.unit.Unit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

@Domain(MotcuaDomain.class)
class JsonRoundTripProperties {
    private final JsonMapper json = MotcuaJson.mapper();

    @Property
    void aDossierReadBackFromJsonEqualsTheOriginal(@ForAll Dossier dossier) throws JsonProcessingException {
        String text = json.writeValueAsString(dossier);

        assertThat(json.readValue(text, Dossier.class)).isEqualTo(dossier);
    }

    @Property
    void aProcedureReadBackFromJsonEqualsTheOriginal(@ForAll Procedure procedure) throws JsonProcessingException {
        String text = json.writeValueAsString(procedure);

        assertThat(json.readValue(text, Procedure.class)).isEqualTo(procedure);
    }

    @Property
    void anExcusalIntervalReadBackFromJsonEqualsTheOriginal(@ForAll ExcusalInterval interval)
            throws JsonProcessingException {
        assertThat(json.readValue(json.writeValueAsString(interval), ExcusalInterval.class))
                .isEqualTo(interval);
    }

    @Property
    void aCalendarEntryReadBackFromJsonEqualsTheOriginal(@ForAll CalendarEntry entry) throws JsonProcessingException {
        assertThat(json.readValue(json.writeValueAsString(entry), CalendarEntry.class))
                .isEqualTo(entry);
    }

    @Property
    void aUnitReadBackFromJsonEqualsTheOriginal(@ForAll Unit unit) throws JsonProcessingException {
        String text = json.writeValueAsString(unit);

        assertThat(json.readValue(text, Unit.class)).isEqualTo(unit);
    }
}
