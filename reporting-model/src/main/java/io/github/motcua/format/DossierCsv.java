package io.github.motcua.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.motcua.VietnamTime;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Complaint;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierExcusal;
import io.github.motcua.dossier.Evaluation;
import io.github.motcua.dossier.Extension;
import io.github.motcua.dossier.HandlingStep;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.dossier.SupplementRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One dossier as the cells of a CSV row, and back. */
final class DossierCsv {
    private final ObjectMapper json;

    DossierCsv(ObjectMapper json) {
        this.json = json;
    }

    /** Builds a dossier from the cells of the columns present; throws BadCell or InvalidValueException. */
    Dossier read(Map<DossierColumn, String> cells) {
        Dossier.Builder dossier = Dossier.builder();
        dossier.id(text(cells, DossierColumn.ID))
                .procedureCode(text(cells, DossierColumn.PROCEDURE_CODE))
                .receivingUnitCode(text(cells, DossierColumn.RECEIVING_UNIT_CODE))
                .resolvingUnitCode(text(cells, DossierColumn.RESOLVING_UNIT_CODE))
                .channel(Cells.constant(
                        DossierColumn.CHANNEL.header(), text(cells, DossierColumn.CHANNEL), Channel.class))
                .receivedAt(Cells.instant(DossierColumn.RECEIVED_AT.header(), text(cells, DossierColumn.RECEIVED_AT)));
        optional(cells, DossierColumn.APPOINTMENT_DATE)
                .ifPresent(text -> dossier.appointmentDate(Cells.date(DossierColumn.APPOINTMENT_DATE.header(), text)));
        optional(cells, DossierColumn.OUTCOME)
                .ifPresent(
                        text -> dossier.outcome(Cells.constant(DossierColumn.OUTCOME.header(), text, Outcome.class)));
        optional(cells, DossierColumn.RESULT_READY_AT)
                .ifPresent(text -> dossier.resultReadyAt(Cells.instant(DossierColumn.RESULT_READY_AT.header(), text)));
        optional(cells, DossierColumn.RETURNED_AT)
                .ifPresent(text -> dossier.returnedAt(Cells.instant(DossierColumn.RETURNED_AT.header(), text)));
        Optional<String> excusalCode = optional(cells, DossierColumn.EXCUSAL_CODE);
        Optional<String> excusalText = optional(cells, DossierColumn.EXCUSAL_TEXT);
        if (excusalCode.isPresent() != excusalText.isPresent()) {
            DossierColumn missing = excusalCode.isPresent() ? DossierColumn.EXCUSAL_TEXT : DossierColumn.EXCUSAL_CODE;
            throw new Cells.BadCell(missing.header(), "", "an excusal needs both its code and its text");
        }
        excusalCode.ifPresent(code -> dossier.excusal(DossierExcusal.of(code, excusalText.orElseThrow())));
        dossier.supplementRequests(
                this.<SupplementRequest>list(cells, DossierColumn.SUPPLEMENT_REQUESTS, new TypeReference<>() {}));
        dossier.extensions(this.<Extension>list(cells, DossierColumn.EXTENSIONS, new TypeReference<>() {}));
        dossier.handlingSteps(this.<HandlingStep>list(cells, DossierColumn.HANDLING_STEPS, new TypeReference<>() {}));
        dossier.evaluations(this.<Evaluation>list(cells, DossierColumn.EVALUATIONS, new TypeReference<>() {}));
        dossier.complaints(this.<Complaint>list(cells, DossierColumn.COMPLAINTS, new TypeReference<>() {}));
        return dossier.build();
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

    private static String text(Map<DossierColumn, String> cells, DossierColumn column) {
        return cells.getOrDefault(column, "");
    }

    private static Optional<String> optional(Map<DossierColumn, String> cells, DossierColumn column) {
        String text = text(cells, column);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private <T> List<T> list(Map<DossierColumn, String> cells, DossierColumn column, TypeReference<List<T>> type) {
        Optional<String> text = optional(cells, column);
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            return json.readValue(text.get(), type);
        } catch (JsonProcessingException e) {
            throw new Cells.BadCell(
                    column.header(),
                    text.get(),
                    "a JSON array of " + column.header() + ": " + JsonProblems.describe(e));
        }
    }
}
