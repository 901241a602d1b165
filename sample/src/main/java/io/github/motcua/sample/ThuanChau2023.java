package io.github.motcua.sample;

import io.github.motcua.VietnamTime;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Evaluation;
import io.github.motcua.dossier.EvaluationChannel;
import io.github.motcua.dossier.HandlingStep;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.feedback.FeedbackItem;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureStep;
import io.github.motcua.procedure.ProcessingTime;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitKind;
import io.github.motcua.unit.UnitLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The Thuận Châu district (Sơn La) 2023 sample: synthetic dossiers whose classification by the
 * library's rules gives exactly the figures the district published in its 2023 report on one-stop
 * processing (the founding report).
 *
 * <pre>{@code
 * ThuanChau2023 sample = ThuanChau2023.load();
 * sample.dossiers().size();   // 13250: 3673 district and 9577 commune dossiers
 * }</pre>
 *
 * <p>The units carry the report's names: the district's People's Committee and one-stop
 * department, its 8 evaluated agencies and its 29 communes and township. Everything else is
 * synthetic ({@link #LABEL}): procedure codes, dossier ids, receipt and end times, channels. The
 * dossiers are built from the published counts (district: 3,356 early, 282 on time, 35 late of
 * which 26 due during the provincial system's outage of 25 to 27 December 2022 and returned on 28
 * December; communes: 7,927 early, 1,627 on time, 23 late), but their classes are not stored:
 * each dossier only has a receipt, a procedure and an end, and the classifier decides. The
 * dossiers are generated from a fixed seed, so every load gives the same values.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThuanChau2023 extends SampleData {
    /** How the sample is labelled wherever it is shown. */
    public static final String LABEL =
            "Dữ liệu mô phỏng (synthetic sample) tái tạo số liệu báo cáo năm 2023" + " của UBND huyện Thuận Châu";

    /** The code of the district's People's Committee. */
    public static final String DISTRICT_CODE = "TC";

    /** The code of the district's one-stop department, which receives the district agencies' dossiers. */
    public static final String ONE_STOP_CODE = "TC.BPMC";

    static final List<String> AGENCIES = List.of(
            "Phòng Tài chính - Kế hoạch",
            "Phòng Kinh tế và Hạ tầng",
            "Phòng Nội vụ",
            "Phòng Giáo dục và Đào tạo",
            "Phòng Tư pháp",
            "Phòng Tài nguyên và Môi trường",
            "Phòng Lao động - Thương binh và Xã hội",
            "Điện lực Thuận Châu");

    static final List<String> COMMUNES = List.of(
            "Muổi Nọi",
            "Nong Lay",
            "Phổng Lăng",
            "Chiềng Ly",
            "Tông Lạnh",
            "Thôm Mòn",
            "Mường É",
            "Púng Tra",
            "Chiềng La",
            "Thị trấn",
            "Chiềng Bôm",
            "Bản Lầm",
            "Chiềng Ngàm",
            "Nậm Lầu",
            "Phổng Lái",
            "Tông Cọ",
            "Mường Bám",
            "Chiềng Pấc",
            "Long Hẹ",
            "Bon Phặng",
            "Mường Khiêng",
            "Liệp Tè",
            "É Tòng",
            "Co Mạ",
            "Pá Lông",
            "Phổng Lập",
            "Co Tòng",
            "Chiềng Pha",
            "Bó Mười");

    /** The outage's reason, as the founding report gives it. */
    static final String OUTAGE_REASON = "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Sơn La không thể truy"
            + " cập được để sử dụng do phục vụ cấp quyền kết nối, khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư";

    /** The step every dossier's one-stop official records: receipt, check and transfer, within 1 working day. */
    static final String RECEIPT_STEP = "TIEP_NHAN";

    /** The one-stop officials of the district, who receive its agencies' dossiers. */
    static final int DISTRICT_OFFICIALS = 7;

    /** The one-stop officials of each commune, who receive and process its dossiers. */
    static final int COMMUNE_OFFICIALS = 3;

    /** How many district dossiers resolved early and on time the applicants evaluated (Phiếu số 01). */
    private static final int DISTRICT_EVALUATED_EARLY = 356;

    private static final int DISTRICT_EVALUATED_ON_TIME = 11;

    /** How many dossiers resolved early and on time the applicants of each commune evaluated. */
    private static final int COMMUNE_EVALUATED_EARLY = 30;

    private static final int COMMUNE_EVALUATED_ON_TIME = 6;

    private static final long SEED = 2023L;
    private static final LocalDate UNITS_FROM = LocalDate.of(2008, 1, 1);
    private static final LocalDate UNITS_UNTIL = LocalDate.of(2025, 6, 30);

    private static final class Loaded {
        static final ThuanChau2023 SAMPLE = new ThuanChau2023();
    }

    private final List<Dossier> dossiers;

    private ThuanChau2023() {
        super(ReportingPeriod.year(2023), buildUnits(), buildProcedures(), List.of(outage()));
        this.dossiers = new DossierPlan(PlanningCalendar.of2023(), deadlineRules(), new Random(SEED)).build();
    }

    private static ExcusalInterval outage() {
        return ExcusalInterval.builder()
                .start(LocalDate.of(2022, 12, 25))
                .end(LocalDate.of(2022, 12, 27))
                .reason(OUTAGE_REASON)
                .source("Công văn số 1773/STTT-CNTTVT ngày 25/12/2022 của Sở Thông tin và Truyền thông tỉnh Sơn La"
                        + " (ban hành thực tế ngày 26/12/2022)")
                .build();
    }

    /**
     * Returns the sample, built on first use.
     *
     * @return the sample
     */
    public static ThuanChau2023 load() {
        return Loaded.SAMPLE;
    }

    /**
     * Returns the dossiers: 3,673 resolved by the district's agencies and 9,577 by its communes.
     *
     * @return the dossiers, in the order they were generated
     */
    public List<Dossier> dossiers() {
        return dossiers;
    }

    /**
     * Returns the feedback items (phản ánh, kiến nghị) the district's units received or still held
     * in the period: none, as the founding report's Biểu 05 says. The feedback report and
     * indicator 8 of the evaluation are both computed from this list, so they cannot disagree.
     *
     * @return the feedback items, empty
     */
    public List<FeedbackItem> feedback() {
        return List.of();
    }

    private static List<Unit> buildUnits() {
        List<Unit> units = new ArrayList<>();
        units.add(unit(DISTRICT_CODE, "UBND huyện Thuận Châu", UnitLevel.DISTRICT, UnitKind.PEOPLES_COMMITTEE, "14"));
        units.add(unit(
                ONE_STOP_CODE,
                "Bộ phận Tiếp nhận và trả kết quả huyện Thuận Châu",
                UnitLevel.DISTRICT,
                UnitKind.ONE_STOP_DEPARTMENT,
                DISTRICT_CODE));
        for (int i = 0; i < AGENCIES.size(); i++) {
            String name = AGENCIES.get(i);
            UnitKind kind = name.startsWith("Phòng") ? UnitKind.SPECIALISED_AGENCY : UnitKind.OTHER;
            units.add(unit(agencyCode(i), name, UnitLevel.DISTRICT, kind, DISTRICT_CODE));
        }
        for (int i = 0; i < COMMUNES.size(); i++) {
            units.add(unit(
                    communeCode(i), COMMUNES.get(i), UnitLevel.COMMUNE, UnitKind.PEOPLES_COMMITTEE, DISTRICT_CODE));
        }
        return List.copyOf(units);
    }

    private static Unit unit(String code, String name, UnitLevel level, UnitKind kind, String parent) {
        return Unit.builder()
                .code(code)
                .name(name)
                .level(level)
                .kind(kind)
                .parentCode(parent)
                .effectiveFrom(UNITS_FROM)
                .effectiveUntil(UNITS_UNTIL)
                .build();
    }

    static String agencyCode(int index) {
        return String.format("TC.P%02d", index + 1);
    }

    static String communeCode(int index) {
        return String.format("TC.X%02d", index + 1);
    }

    static String districtOfficialId(int index) {
        return String.format("%s.CC%d", ONE_STOP_CODE, index + 1);
    }

    static String communeOfficialId(int commune, int index) {
        return String.format("%s.CC%d", communeCode(commune), index + 1);
    }

    private static List<Procedure> buildProcedures() {
        return List.of(
                procedure(
                        "MC.H01",
                        "Đăng ký thành lập hộ kinh doanh",
                        "HKD",
                        "Thành lập và hoạt động của hộ kinh doanh",
                        3),
                procedure("MC.H02", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "XD", "Hoạt động xây dựng", 15),
                procedure("MC.H03", "Thủ tục đăng ký hoạt động tín ngưỡng", "TG", "Tín ngưỡng, tôn giáo", 15),
                procedure("MC.H04", "Chuyển trường đối với học sinh trung học cơ sở", "GD", "Giáo dục và Đào tạo", 3),
                procedure("MC.H05", "Cấp bản sao trích lục hộ tịch", "HT", "Hộ tịch", 2),
                procedure("MC.H06", "Đăng ký biến động quyền sử dụng đất", "DD", "Đất đai", 10),
                procedure("MC.H07", "Giải quyết chế độ trợ cấp xã hội hằng tháng", "BTXH", "Bảo trợ xã hội", 7),
                procedure("MC.H08", "Cấp điện mới từ lưới điện hạ áp", "DIEN", "Điện", 5),
                procedure("MC.X01", "Xác nhận tình trạng hôn nhân", "HT", "Hộ tịch", 3),
                procedure("MC.X02", "Đăng ký lại khai sinh", "HT", "Hộ tịch", 5),
                procedure(
                        "MC.X03",
                        "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản",
                        "CT",
                        "Chứng thực",
                        2),
                procedure(
                        "MC.X04", "Xác nhận hộ gia đình làm nông nghiệp có mức sống trung bình", "LD", "Lao động", 5));
    }

    private static Procedure procedure(String code, String name, String fieldCode, String fieldName, int workingDays) {
        return Procedure.builder()
                .code(code)
                .name(name)
                .field(Field.of(fieldCode, fieldName))
                .processingTime(ProcessingTime.workingDays(workingDays))
                .addSteps(ProcedureStep.of(
                        RECEIPT_STEP, "Tiếp nhận, kiểm tra và chuyển hồ sơ", ProcessingTime.workingDays(1)))
                .build();
    }

    /** The counts the dossiers are planned from, and how they are laid out in time. */
    private final class DossierPlan {
        private final WorkingCalendar calendar;
        private final DeadlineRules rules;
        private final Random random;
        private final List<Dossier> built = new ArrayList<>();
        private final Map<Integer, Integer> perUnit = new HashMap<>();
        private final Map<String, Integer> evaluated = new HashMap<>();

        DossierPlan(WorkingCalendar calendar, DeadlineRules rules, Random random) {
            this.calendar = calendar;
            this.rules = rules;
            this.random = random;
        }

        List<Dossier> build() {
            LocalDate outageEnd = excusals().get(0).end();
            for (int i = 0; i < 26; i++) {
                LocalDate due = i % 2 == 0 ? LocalDate.of(2022, 12, 26) : outageEnd;
                addEndingOn(agency(i), due, calendar.plusWorkingDays(outageEnd, 1));
            }
            addLevel(true, 3356, 282, 9);
            addLevel(false, 7927, 1627, 23);
            return List.copyOf(built);
        }

        private void addLevel(boolean district, int early, int onTime, int late) {
            List<Integer> classes = new ArrayList<>();
            classes.addAll(Collections.nCopies(early, -1));
            classes.addAll(Collections.nCopies(onTime, 0));
            classes.addAll(Collections.nCopies(late, 1));
            Collections.shuffle(classes, random);
            for (int i = 0; i < classes.size(); i++) {
                add(district ? agency(i) : commune(i), classes.get(i));
            }
        }

        private int agency(int i) {
            return i % AGENCIES.size();
        }

        private int commune(int i) {
            return AGENCIES.size() + i % COMMUNES.size();
        }

        /** Adds a dossier of a unit (by index) that ends early (-1), on time (0) or late (1). */
        private void add(int unit, int order) {
            Procedure procedure = procedureOf(unit);
            int workingDays = procedure.processingTime().amount();
            // Received from 3 January 2023, so that no due date falls in the outage, and early enough
            // to end by 14 December 2023.
            LocalDate received = calendar.plusWorkingDays(LocalDate.of(2023, 1, 2), 1 + random.nextInt(215));
            LocalDate due = calendar.plusWorkingDays(received, workingDays);
            LocalDate end = order < 0
                    ? calendar.plusWorkingDays(received, random.nextInt(workingDays))
                    : order == 0 ? due : calendar.plusWorkingDays(due, 1 + random.nextInt(5));
            add(unit, procedure, received, end, order);
        }

        /** Adds a district dossier due on a day that ended on another. */
        private void addEndingOn(int unit, LocalDate due, LocalDate end) {
            Procedure procedure = procedureOf(unit);
            add(
                    unit,
                    procedure,
                    calendar.plusWorkingDays(due, -procedure.processingTime().amount()),
                    end,
                    1);
        }

        private Procedure procedureOf(int unit) {
            return unit < AGENCIES.size()
                    ? procedures().get(unit)
                    : procedures()
                            .get(AGENCIES.size() + random.nextInt(procedures().size() - AGENCIES.size()));
        }

        private void add(int unit, Procedure procedure, LocalDate received, LocalDate end, int order) {
            boolean district = unit < AGENCIES.size();
            String resolving = district ? agencyCode(unit) : communeCode(unit - AGENCIES.size());
            Instant receivedAt = at(received, LocalTime.of(7, 30).plusMinutes(random.nextInt(420)));
            Instant endAt = at(end, LocalTime.of(8, 0).plusMinutes(random.nextInt(480)));
            if (!endAt.isAfter(receivedAt)) {
                endAt = receivedAt.plusSeconds(1800);
            }
            Dossier dossier = Dossier.builder()
                    .id(String.format("%s-%05d", district ? "H" : "X", built.size() + 1))
                    .procedureCode(procedure.code())
                    .receivingUnitCode(district ? ONE_STOP_CODE : resolving)
                    .resolvingUnitCode(resolving)
                    .channel(order > 0 ? Channel.DIRECT : channel())
                    .receivedAt(receivedAt)
                    .outcome(Outcome.RESOLVED)
                    .resultReadyAt(endAt)
                    .returnedAt(endAt)
                    .addHandlingSteps(receipt(unit, resolving, receivedAt))
                    .evaluations(evaluation(unit, order, endAt))
                    .build();
            built.add(Dossier.builder()
                    .from(dossier)
                    .appointmentDate(rules.deadline(dossier).originalDueDate())
                    .build());
        }

        private Channel channel() {
            int draw = random.nextInt(100);
            return draw < 40 ? Channel.ONLINE : draw < 98 ? Channel.DIRECT : Channel.POSTAL;
        }

        /** The receipt step, by the unit's one-stop officials in turn. */
        private HandlingStep receipt(int unit, String resolving, Instant receivedAt) {
            int sequence = perUnit.merge(unit, 1, Integer::sum);
            boolean district = unit < AGENCIES.size();
            String official = district
                    ? districtOfficialId(built.size() % DISTRICT_OFFICIALS)
                    : communeOfficialId(unit - AGENCIES.size(), sequence % COMMUNE_OFFICIALS);
            return HandlingStep.builder()
                    .stepId(RECEIPT_STEP)
                    .unitCode(district ? ONE_STOP_CODE : resolving)
                    .officialId(official)
                    .startedAt(receivedAt)
                    .completedAt(receivedAt.plusSeconds(900))
                    .build();
        }

        /**
         * The applicant's evaluation, for the first dossiers resolved early and on time of the
         * district (over all its agencies) and of each commune: no further contact needed, no other
         * agency contacted.
         */
        private List<Evaluation> evaluation(int unit, int order, Instant returnedAt) {
            if (order > 0) {
                return List.of();
            }
            boolean district = unit < AGENCIES.size();
            String key = (district ? "district" : "commune " + unit) + " " + order;
            int wanted = district
                    ? (order < 0 ? DISTRICT_EVALUATED_EARLY : DISTRICT_EVALUATED_ON_TIME)
                    : (order < 0 ? COMMUNE_EVALUATED_EARLY : COMMUNE_EVALUATED_ON_TIME);
            if (evaluated.merge(key, 1, Integer::sum) > wanted) {
                return List.of();
            }
            return List.of(Evaluation.builder()
                    .channel(EvaluationChannel.FORM)
                    .submittedAt(returnedAt.plusSeconds(600))
                    .contactsNeeded(0)
                    .agenciesContacted(0)
                    .build());
        }

        private Instant at(LocalDate date, LocalTime time) {
            return date.atTime(time).atZone(VietnamTime.ZONE).toInstant();
        }
    }
}
