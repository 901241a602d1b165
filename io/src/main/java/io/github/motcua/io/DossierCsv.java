package io.github.motcua.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.motcua.VietnamTime;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierExcusal;
import io.github.motcua.dossier.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cells of a dossier's CSV row, as the writer writes them; {@link CsvDossierParser} reads them. */
final class DossierCsv {
    private final ObjectMapper json;

    DossierCsv(ObjectMapper json) {
        this.json = json;
    }

    /** Returns the cells of a dossier, every column, spreadsheet-safe. */
    Map<DossierColumn, String> write(Dossier dossier) throws JsonProcessingException {
        Map<DossierColumn, String> cells = new EnumMap<>(DossierColumn.class);
        cells.put(DossierColumn.ID, dossier.id());
        cells.put(DossierColumn.PROCEDURE_CODE, dossier.procedureCode());
        cells.put(DossierColumn.RECEIVING_UNIT_CODE, dossier.receivingUnitCode());
        cells.put(DossierColumn.RESOLVING_UNIT_CODE, dossier.resolvingUnitCode());
        cells.put(DossierColumn.CHANNEL, dossier.channel().name());
        cells.put(DossierColumn.RECEIVED_AT, VietnamTime.format(dossier.receivedAt()));
        cells.put(
                DossierColumn.APPOINTMENT_DATE,
                dossier.appointmentDate().map(LocalDate::toString).orElse(""));
        cells.put(DossierColumn.OUTCOME, dossier.outcome().map(Outcome::name).orElse(""));
        cells.put(DossierColumn.RESULT_READY_AT, instant(dossier.resultReadyAt()));
        cells.put(DossierColumn.RETURNED_AT, instant(dossier.returnedAt()));
        cells.put(
                DossierColumn.EXCUSAL_CODE,
                dossier.excusal().map(DossierExcusal::reasonCode).orElse(""));
        cells.put(
                DossierColumn.EXCUSAL_TEXT,
                dossier.excusal().map(DossierExcusal::reasonText).orElse(""));
        cells.put(DossierColumn.SUPPLEMENT_REQUESTS, array(dossier.supplementRequests()));
        cells.put(DossierColumn.EXTENSIONS, array(dossier.extensions()));
        cells.put(DossierColumn.HANDLING_STEPS, array(dossier.handlingSteps()));
        cells.put(DossierColumn.EVALUATIONS, array(dossier.evaluations()));
        cells.put(DossierColumn.COMPLAINTS, array(dossier.complaints()));
        cells.replaceAll((column, cell) -> SpreadsheetCells.safe(cell));
        return cells;
    }

    private static String instant(Optional<Instant> instant) {
        return instant.map(VietnamTime::format).orElse("");
    }

    private String array(List<?> values) throws JsonProcessingException {
        return values.isEmpty() ? "" : json.writeValueAsString(values);
    }
}
