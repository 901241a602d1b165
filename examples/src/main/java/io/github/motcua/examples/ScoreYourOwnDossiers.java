package io.github.motcua.examples;

import io.github.motcua.Language;
import io.github.motcua.VietnamTime;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Evaluation;
import io.github.motcua.dossier.EvaluationChannel;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.evidence.DeskProcessing;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.FeedbackHandling;
import io.github.motcua.evidence.Publication;
import io.github.motcua.evidence.Subject;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.ReadSummary;
import io.github.motcua.io.Rejection;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcessingTime;
import io.github.motcua.ranking.Ranking;
import io.github.motcua.ranking.Standings;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.Attribution;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.UnitLevel;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The README's adoption example: a one-stop system's own table of dossiers, in its own words and
 * date formats and with the mistakes real tables have, validated in bulk and its units scored in
 * one call.
 */
public final class ScoreYourOwnDossiers {
    private ScoreYourOwnDossiers() {}

    /**
     * A row of the vendor's table: its column names, Vietnamese channel and status words,
     * dd/MM/yyyy HH:mm, and the applicant's answer to "how many times did you have to come back?"
     * when the applicant filled in the evaluation form.
     */
    record Row(
            String maHoSo,
            String maThuTuc,
            String donVi,
            String hinhThuc,
            @Nullable String ngayTiepNhan,
            @Nullable String ngayTra,
            String trangThai,
            @Nullable Integer soLanDiLai) {}

    /** Strict: 31/02 is refused, not read as 28/02. */
    private static final DateTimeFormatter VENDOR_TIME =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter VENDOR_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static final Map<String, Channel> CHANNELS =
            Map.of("Trực tiếp", Channel.DIRECT, "Trực tuyến", Channel.ONLINE, "Bưu chính", Channel.POSTAL);

    private static @Nullable Instant time(@Nullable String text) {
        return text == null
                ? null
                : LocalDateTime.parse(text, VENDOR_TIME)
                        .atZone(VietnamTime.ZONE)
                        .toInstant();
    }

    /**
     * The vendor's mapping: its columns to the model's fields. An empty date gives the builder null,
     * as a vendor's code does; the validation names the field.
     */
    @SuppressWarnings("NullAway") // the point: a null reaches the builder and becomes a rejection
    static Dossier toDossier(Row row) {
        Channel channel = CHANNELS.get(row.hinhThuc());
        if (channel == null) {
            throw new IllegalArgumentException("unknown channel '" + row.hinhThuc() + "'");
        }
        Dossier.Builder dossier = Dossier.builder()
                .id(row.maHoSo())
                .procedureCode(row.maThuTuc())
                .receivingUnitCode(row.donVi())
                .resolvingUnitCode(row.donVi())
                .channel(channel)
                .receivedAt(time(row.ngayTiepNhan()));
        if (row.trangThai().equals("Đã trả kết quả")) {
            dossier.outcome(Outcome.RESOLVED).returnedAt(time(row.ngayTra()));
        }
        if (row.soLanDiLai() != null) {
            dossier.addEvaluations(Evaluation.builder()
                    .channel(EvaluationChannel.FORM)
                    .submittedAt(time(row.ngayTra()))
                    .contactsNeeded(row.soLanDiLai())
                    .agenciesContacted(0)
                    .build());
        }
        return dossier.build();
    }

    /** The vendor's table: 30 good rows over three communes, and 6 with mistakes. */
    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        String[] units = {"XA.01", "XA.02", "XA.03"};
        for (int i = 1; i <= 30; i++) {
            String unit = units[i % 3];
            LocalDate day = LocalDate.of(2023, 3, 1).plusDays(i % 20);
            // XA.03 returns its results after ten days, late for a 3-working-day procedure
            LocalDate returned = day.plusDays(unit.equals("XA.03") ? 10 : 1);
            rows.add(new Row(
                    "HS-" + i,
                    "1.000001",
                    unit,
                    i % 4 == 0 ? "Trực tuyến" : "Trực tiếp",
                    day.format(VENDOR_DAY) + " 08:30",
                    i % 10 == 0 ? null : returned.format(VENDOR_DAY) + " 16:00",
                    i % 10 == 0 ? "Đang xử lý" : "Đã trả kết quả",
                    i % 10 == 0 ? null : i % 7 == 0 ? 1 : 0));
        }
        rows.add(new Row("HS-31", "1.000001", "XA.01", "Trực tiếp", null, null, "Đang xử lý", null)); // no receipt
        rows.add(new Row("HS-32", "1.000001", "XA.01", "Trực tiếp", "31/02/2023 08:00", null, "Đang xử lý", null));
        rows.add(new Row("HS-33", "9.999999", "XA.02", "Trực tiếp", "02/03/2023 08:00", null, "Đang xử lý", null));
        rows.add(new Row("HS-34", "1.000001", "XA.02", "Fax", "02/03/2023 08:00", null, "Đang xử lý", null));
        rows.add(new Row(
                "HS-35",
                "1.000001",
                "XA.03",
                "Trực tiếp",
                "06/03/2023 08:00",
                "03/03/2023 10:00",
                "Đã trả kết quả",
                null)); // returned before it was received
        rows.add(new Row(
                "HS-1", "1.000001", "XA.01", "Trực tiếp", "03/03/2023 08:00", null, "Đang xử lý", null)); // twice
        return rows;
    }

    /**
     * Validates the vendor's table, scores its three communes under TT 01/2018 and prints the
     * rejections, the bands and each scorecard.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Procedure birth = Procedure.builder()
                .code("1.000001")
                .name("Đăng ký khai sinh")
                .field(Field.of("HT", "Hộ tịch"))
                .processingTime(ProcessingTime.workingDays(3))
                .build();
        DeadlineRules rules = DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(ProcedureCatalogue.builder()
                        .add(birth, LocalDate.of(2020, 1, 1))
                        .build())
                .build();
        List<Row> rows = table();
        // tag::readme[]
        List<Dossier> dossiers = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        ReadSummary summary = DossierReader.forRecords()
                .procedures(List.of("1.000001"))
                .rule(rules::deadline) // a deadline must be computable
                .build()
                .validate(rows, Row::maHoSo, ScoreYourOwnDossiers::toDossier, dossiers::add, rejections::add);
        out.println(summary); // 36 records read: 30 accepted, 6 rejected
        rejections.forEach(out::println); // record 31, dossier 'HS-31', field receivedAt, value '(null)': …

        ScoringScheme scheme = Tt01Schemes.units();
        TimelinessClassifier classifier =
                TimelinessClassifier.builder().deadlineRules(rules).build().under(scheme.classification());
        ReportingPeriod year = ReportingPeriod.year(2023);
        List<Counted> counted = dossiers.stream()
                .flatMap(dossier -> Counted.inPeriod(dossier, year, classifier).stream())
                .toList();
        List<Evidence> units = List.of( // what the dossiers cannot tell; XA.03 has no such facts
                Evidence.builder(Subject.unit("XA.01", "Xã Một", UnitLevel.COMMUNE))
                        .deskProcessing(new DeskProcessing(1, 1, true))
                        .publication("1.000001", Publication.ON_SITE_AND_ELECTRONIC)
                        .feedback(new FeedbackHandling(0, 0, 0))
                        .build(),
                Evidence.builder(Subject.unit("XA.02", "Xã Hai", UnitLevel.COMMUNE))
                        .deskProcessing(new DeskProcessing(1, 0, true))
                        .publication("1.000001", Publication.ONE_OF_TWO)
                        .feedback(new FeedbackHandling(2, 2, 0))
                        .build(),
                Evidence.builder(Subject.unit("XA.03", "Xã Ba", UnitLevel.COMMUNE))
                        .build());
        Standings standings = Ranking.standard().scoreAndRank(scheme, units, counted, Attribution.RESOLVING_UNIT);
        standings.summary(scheme.bands(), Language.EN).forEach(out::println);
        standings.entries().forEach(entry -> out.println(entry.scorecard().explain(Language.EN))); // "no data" named
        // end::readme[]
    }
}
