package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.ClassSanityTester;
import com.google.common.testing.EqualsTester;
import io.github.motcua.DateRange;
import io.github.motcua.calendar.CalendarEntry;
import io.github.motcua.calendar.DayKind;
import io.github.motcua.calendar.EntryStatus;
import io.github.motcua.calendar.StatutoryHolidays;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingSession;
import io.github.motcua.check.FailedIdentity;
import io.github.motcua.check.NotComputable;
import io.github.motcua.check.PublishedFigures;
import io.github.motcua.check.Quantity;
import io.github.motcua.check.RateCheck;
import io.github.motcua.check.RateMatch;
import io.github.motcua.deadline.Deadline;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Evaluation;
import io.github.motcua.dossier.EvaluationChannel;
import io.github.motcua.dossier.HandlingStep;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.evidence.DeskProcessing;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.FeedbackHandling;
import io.github.motcua.evidence.OnlineServices;
import io.github.motcua.evidence.Share;
import io.github.motcua.evidence.Subject;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.feedback.FeedbackItem;
import io.github.motcua.io.OnlineProcedures;
import io.github.motcua.io.ReadSummary;
import io.github.motcua.lunar.LunarDate;
import io.github.motcua.period.PeriodKind;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.period.WindowPolicy;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcedureStep;
import io.github.motcua.procedure.ProcessingTime;
import io.github.motcua.rate.Figures;
import io.github.motcua.rate.Rate;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import io.github.motcua.report.BandMembers;
import io.github.motcua.report.EvaluationSection;
import io.github.motcua.report.FeedbackReport;
import io.github.motcua.report.ProcessingReport;
import io.github.motcua.report.ProcessingRow;
import io.github.motcua.report.RankedScore;
import io.github.motcua.scoring.Band;
import io.github.motcua.scoring.Bands;
import io.github.motcua.scoring.Criterion;
import io.github.motcua.scoring.Explanation;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import io.github.motcua.tally.Counted;
import io.github.motcua.tally.ReportColumn;
import io.github.motcua.tally.Tally;
import io.github.motcua.timeliness.Decision;
import io.github.motcua.timeliness.Timeliness;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.timeliness.Verdict;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitKind;
import io.github.motcua.unit.UnitLevel;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every public value type of the published modules' API packages has value equality: instances
 * made from equal inputs are equal and have equal hash codes, and instances that differ in one
 * significant input are unequal (Guava's {@link ClassSanityTester} and {@link EqualsTester}).
 *
 * <p>A value type is a record, an Immutables value (an abstract class with its generated {@code
 * Immutable} implementation beside it) or a class that overrides {@code equals}; enums and
 * exceptions are not. The test finds them all on the class path, so that a new value type without
 * an equality test fails the build. {@link ClassSanityTester} checks the value types made by public
 * static factories or constructors, varying one argument at a time; {@link #equalityGroups()} holds
 * groups for the others: those made by builders or by the library's computations, and those whose
 * arguments constrain one another (a start before an end, counts that add up), which cannot be
 * varied one at a time.
 */
class PublicValueTypesTest {
    private static final Instant RECEIVED = Instant.parse("2023-03-01T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2023, 3, 1);
    private static final LocalDate REPORT_DATE = LocalDate.of(2023, 12, 14);

    @Test
    void everyPublicValueTypeHasAnEqualityTest() throws IOException {
        List<Class<?>> types = valueTypes();
        Map<Class<?>, EqualsTester> groups = equalityGroups();

        assertThat(types).as("public value types found").hasSizeGreaterThan(60);
        assertThat(types.stream()
                        .filter(type -> !groups.containsKey(type) && !madeByPublicFactories(type))
                        .map(Class::getName))
                .as("value types with neither a public factory nor equality groups in this test")
                .isEmpty();
        assertThat(groups.keySet())
                .as("equality groups of types that are not public value types")
                .isSubsetOf(types);
    }

    @Test
    void valueTypesMadeByPublicFactoriesHaveValueEquality() throws IOException {
        Map<Class<?>, EqualsTester> groups = equalityGroups();
        ClassSanityTester tester = sanityTester();
        List<String> failures = new ArrayList<>();
        int tested = 0;
        for (Class<?> type : valueTypes()) {
            if (groups.containsKey(type) || !madeByPublicFactories(type)) {
                continue;
            }
            tested++;
            try {
                if (!publicStaticFactories(type).isEmpty()) {
                    tester.forAllPublicStaticMethods(type).thatReturn(type).testEquals();
                }
                if (hasPublicConstructor(type)) {
                    tester.testEquals(type);
                }
            } catch (Exception | AssertionError e) {
                failures.add(type.getName() + ": " + firstLine(e));
            }
        }

        assertThat(tested).as("value types tested through their factories").isGreaterThan(30);
        assertThat(failures).isEmpty();
    }

    @Test
    void valueTypesMadeByBuildersOrComputationsHaveValueEquality() {
        List<String> failures = new ArrayList<>();
        equalityGroups().forEach((type, tester) -> {
            try {
                tester.testEquals();
            } catch (AssertionError | RuntimeException e) {
                failures.add(type.getName() + ": " + firstLine(e));
            }
        });

        assertThat(failures).isEmpty();
    }

    /** The public value types of the published API packages, nested ones included. */
    private static List<Class<?>> valueTypes() throws IOException {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> topLevel : PublishedApi.topLevelClasses()) {
            Deque<Class<?>> classes = new ArrayDeque<>(List.of(topLevel));
            while (!classes.isEmpty()) {
                Class<?> type = classes.pop();
                classes.addAll(List.of(type.getDeclaredClasses()));
                if (Modifier.isPublic(type.getModifiers()) && isValueType(type)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static boolean isValueType(Class<?> type) {
        if (type.isInterface() || type.isEnum() || Throwable.class.isAssignableFrom(type)) {
            return false;
        }
        return type.isRecord() || hasImmutablesImplementation(type) || overridesEquals(type);
    }

    /** Immutables keeps no annotation in the class files: its generated implementation shows it. */
    private static boolean hasImmutablesImplementation(Class<?> type) {
        try {
            return type.isAssignableFrom(Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean overridesEquals(Class<?> type) {
        try {
            return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean madeByPublicFactories(Class<?> type) {
        return !publicStaticFactories(type).isEmpty() || hasPublicConstructor(type);
    }

    private static List<Method> publicStaticFactories(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers())
                        && Modifier.isStatic(method.getModifiers())
                        && type.isAssignableFrom(method.getReturnType()))
                .toList();
    }

    private static boolean hasPublicConstructor(Class<?> type) {
        return !Modifier.isAbstract(type.getModifiers()) && type.getConstructors().length > 0;
    }

    /** The failure's first line, or its cause's where a factory threw. */
    private static String firstLine(Throwable e) {
        Throwable shown = e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
        return shown.getClass().getSimpleName() + ": "
                + String.valueOf(shown.getMessage()).lines().findFirst().orElse("");
    }

    /**
     * A tester with two distinct values of each parameter type it cannot make itself; each value
     * is valid wherever the other is.
     */
    private static ClassSanityTester sanityTester() {
        List<Criterion> criteria = Tt01Schemes.units().criteria();
        RateMatch match = new RateMatch(RateDefinition.ON_TIME_OVER_RESOLVED, "official", "HALF_UP", 2, "resolved");
        NotComputable notComputable = new NotComputable(RateDefinition.ON_TIME_OVER_DUE, "official", "pending");
        return new ClassSanityTester()
                .setDistinctValues(Instant.class, RECEIVED, RECEIVED.plus(Duration.ofDays(1)))
                .setDistinctValues(LocalDate.class, DAY, DAY.plusDays(1))
                .setDistinctValues(ProcessingTime.class, ProcessingTime.workingDays(3), ProcessingTime.workingDays(5))
                .setDistinctValues(
                        Procedure.class,
                        procedure().build(),
                        procedure().code("P2").build())
                .setDistinctValues(
                        WorkingSession.class,
                        WorkingSession.of(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                        WorkingSession.of(LocalTime.of(13, 30), LocalTime.of(17, 0)))
                .setDistinctValues(
                        CalendarEntry.class,
                        CalendarEntry.of(DAY, DayKind.PUBLIC_HOLIDAY, "Tết", "Luật", EntryStatus.PUBLISHED),
                        CalendarEntry.of(DAY.plusDays(1), DayKind.PUBLIC_HOLIDAY, "Tết", "Luật", EntryStatus.PUBLISHED))
                .setDistinctValues(
                        Counted.class,
                        counted(dossier().build()),
                        counted(resolved().build()))
                .setDistinctValues(Explanation.class, Explanation.of("giải thích"), Explanation.of("khác"))
                .setDistinctValues(Criterion.class, criteria.get(0), criteria.get(1))
                .setDistinctValues(Scorecard.class, scorecard("A", 10), scorecard("B", 0))
                .setDistinctValues(ReadSummary.class, new ReadSummary(1, 1, 0), new ReadSummary(2, 1, 1))
                .setDistinctValues(
                        DeskProcessing.class, new DeskProcessing(3, 2, false), new DeskProcessing(3, 3, true))
                .setDistinctValues(
                        FeedbackHandling.class, new FeedbackHandling(10, 9, 0), new FeedbackHandling(10, 8, 1))
                .setDistinctValues(OnlineProcedures.class, new OnlineProcedures(5, 3), new OnlineProcedures(5, 4))
                .setDistinctValues(Share.class, new Share(1, 2), new Share(2, 3))
                .setDistinctValues(
                        FailedIdentity.class,
                        new FailedIdentity("received", BigDecimal.TEN, BigDecimal.ONE, BigDecimal.valueOf(9)),
                        new FailedIdentity("resolved", BigDecimal.TEN, BigDecimal.ONE, BigDecimal.valueOf(9)))
                .setDistinctValues(
                        RateMatch.class, match, new RateMatch(match.definition(), "adjusted", "HALF_UP", 2, "resolved"))
                .setDistinctValues(
                        NotComputable.class,
                        notComputable,
                        new NotComputable(RateDefinition.ON_TIME_OVER_DUE, "adjusted", "pending"))
                .setDistinctValues(
                        RateCheck.class,
                        new RateCheck("99.5", List.of(match), List.of()),
                        new RateCheck("98.5", List.of(), List.of(notComputable)))
                .setDistinctValues(EvaluationSection.class, section("xa", "Xã A"), section("xa", "Xã B"));
    }

    /**
     * Equality groups of the value types that {@link ClassSanityTester} cannot make: each group
     * holds equal values made separately, and the groups differ in one significant input each.
     */
    private static Map<Class<?>, EqualsTester> equalityGroups() {
        Map<Class<?>, EqualsTester> groups = new LinkedHashMap<>();
        groups.put(
                Dossier.class,
                new EqualsTester()
                        .addEqualityGroup(dossier().build(), dossier().build())
                        .addEqualityGroup(dossier().id("HS-2").build())
                        .addEqualityGroup(dossier().channel(Channel.ONLINE).build())
                        .addEqualityGroup(
                                dossier().appointmentDate(DAY.plusDays(5)).build())
                        .addEqualityGroup(resolved().build()));
        groups.put(
                Procedure.class,
                new EqualsTester()
                        .addEqualityGroup(procedure().build(), procedure().build())
                        .addEqualityGroup(procedure().code("P2").build())
                        .addEqualityGroup(procedure().name("Thủ tục khác").build())
                        .addEqualityGroup(procedure()
                                .processingTime(ProcessingTime.workingDays(5))
                                .build())
                        .addEqualityGroup(procedure()
                                .addSteps(ProcedureStep.of("B1", "Thẩm định", ProcessingTime.workingDays(2)))
                                .build())
                        .addEqualityGroup(
                                procedure().cutOffTime(LocalTime.of(16, 0)).build()));
        groups.put(
                Unit.class,
                new EqualsTester()
                        .addEqualityGroup(unit().build(), unit().build())
                        .addEqualityGroup(unit().code("U2").build())
                        .addEqualityGroup(unit().level(UnitLevel.DISTRICT).build())
                        .addEqualityGroup(unit().parentCode("H1").build())
                        .addEqualityGroup(
                                unit().effectiveUntil(LocalDate.of(2025, 6, 30)).build())
                        .addEqualityGroup(unit().addPredecessorCodes("U0").build()));
        groups.put(
                HandlingStep.class,
                new EqualsTester()
                        .addEqualityGroup(handlingStep().build(), handlingStep().build())
                        .addEqualityGroup(handlingStep().stepId("S2").build())
                        .addEqualityGroup(
                                handlingStep().officialName("Nguyễn Văn A").build())
                        .addEqualityGroup(handlingStep()
                                .completedAt(RECEIVED.plus(Duration.ofHours(2)))
                                .build()));
        groups.put(
                Evaluation.class,
                new EqualsTester()
                        .addEqualityGroup(evaluation().build(), evaluation().build())
                        .addEqualityGroup(evaluation()
                                .channel(EvaluationChannel.DESK_DEVICE)
                                .build())
                        .addEqualityGroup(evaluation().contactsNeeded(1).build())
                        .addEqualityGroup(evaluation().putRatings("8", 2).build()));
        groups.put(
                ExcusalInterval.class,
                new EqualsTester()
                        .addEqualityGroup(excusal().build(), excusal().build())
                        .addEqualityGroup(excusal().end(DAY.plusDays(10)).build())
                        .addEqualityGroup(excusal().reason("Lũ lụt").build())
                        .addEqualityGroup(excusal().addUnitCodes("U2").build()));
        groups.put(
                FeedbackItem.class,
                new EqualsTester()
                        .addEqualityGroup(feedbackItem().build(), feedbackItem().build())
                        .addEqualityGroup(feedbackItem().id("PAKN-2").build())
                        .addEqualityGroup(feedbackItem().unitCode("U2").build())
                        .addEqualityGroup(
                                feedbackItem().receivedOn(DAY.minusDays(1)).build())
                        .addEqualityGroup(feedbackItem().dueOn(DAY.plusDays(11)).build())
                        .addEqualityGroup(
                                feedbackItem().handledOn(DAY.plusDays(2)).build())
                        .addEqualityGroup(feedbackItem()
                                .handledOn(DAY.plusDays(2))
                                .published(true)
                                .build())
                        .addEqualityGroup(feedbackItem().prolonged(true).build()));
        DeadlineRules rules = rules();
        groups.put(
                Deadline.class,
                new EqualsTester()
                        .addEqualityGroup(
                                rules.deadline(dossier().build()),
                                rules().deadline(dossier().build()))
                        .addEqualityGroup(rules.deadline(dossier().id("HS-2").build()))
                        .addEqualityGroup(rules.deadline(dossier()
                                .receivedAt(RECEIVED.plus(Duration.ofDays(1)))
                                .build())));
        groups.put(
                Verdict.class,
                new EqualsTester()
                        .addEqualityGroup(late().build(), late().build())
                        .addEqualityGroup(late().dossierId("HS-2").build())
                        .addEqualityGroup(
                                late().reportDate(REPORT_DATE.plusDays(1)).build())
                        .addEqualityGroup(late().latenessWorkingDays(2).build())
                        .addEqualityGroup(late().excusalReason("Thiên tai").build()));
        groups.put(
                DossierEvidence.class,
                new EqualsTester()
                        .addEqualityGroup(
                                dossierEvidence(dossier().build()),
                                dossierEvidence(dossier().build()),
                                new DossierEvidence(
                                        "HS-1",
                                        "P1",
                                        Channel.DIRECT,
                                        Timeliness.PENDING_OVERDUE,
                                        List.of(),
                                        Optional.empty(),
                                        0))
                        .addEqualityGroup(dossierEvidence(dossier().id("HS-2").build()))
                        .addEqualityGroup(dossierEvidence(
                                dossier().channel(Channel.ONLINE).build()))
                        .addEqualityGroup(new DossierEvidence(
                                "HS-1",
                                "P1",
                                Channel.DIRECT,
                                Timeliness.PENDING_OVERDUE,
                                List.of(),
                                Optional.empty(),
                                1)));
        groups.put(
                Evidence.class,
                new EqualsTester()
                        .addEqualityGroup(
                                evidence("A", 10).build(), evidence("A", 10).build())
                        .addEqualityGroup(evidence("B", 10).build())
                        .addEqualityGroup(evidence("A", 9).build())
                        .addEqualityGroup(
                                evidence("A", 10).measure("m", new Share(1, 2)).build())
                        .addEqualityGroup(evidence("A", 10)
                                .dossiers(List.of(dossierEvidence(dossier().build())))
                                .build()));
        groups.put(
                Scorecard.class,
                new EqualsTester()
                        .addEqualityGroup(scorecard("A", 10), scorecard("A", 10))
                        .addEqualityGroup(scorecard("B", 10))
                        .addEqualityGroup(scorecard("A", 0))
                        .addEqualityGroup(Tt01Schemes.unitsTwoDecimals()
                                .score(evidence("A", 10).build())));
        Band good = new Band("GOOD", "Tốt", "Good");
        Band weak = new Band("WEAK", "Yếu", "Weak");
        groups.put(
                Bands.class,
                new EqualsTester()
                        .addEqualityGroup(
                                Bands.builder().atLeast("15", good).otherwise(weak),
                                Bands.builder().atLeast("15.0", good).otherwise(weak))
                        .addEqualityGroup(Bands.builder().atLeast("12", good).otherwise(weak))
                        .addEqualityGroup(Bands.builder().atLeast("15", weak).otherwise(good))
                        .addEqualityGroup(Bands.builder()
                                .atLeast("15", good)
                                .otherwise(weak)
                                .strict()));
        Tally resolved = Tally.of(counted(resolved().build()));
        Tally resolvedAndPending =
                resolved.merge(Tally.of(counted(dossier().id("HS-2").build())));
        groups.put(
                Rate.class,
                new EqualsTester()
                        .addEqualityGroup(
                                RateDefinition.ON_TIME_OVER_RESOLVED.onTime(resolved, Figures.OFFICIAL),
                                RateDefinition.ON_TIME_OVER_RESOLVED.onTime(
                                        Tally.of(counted(resolved().build())), Figures.OFFICIAL))
                        .addEqualityGroup(RateDefinition.ON_TIME_OVER_RESOLVED.onTime(resolved, Figures.ADJUSTED))
                        .addEqualityGroup(RateDefinition.ON_TIME_OVER_RECEIVED.onTime(resolved, Figures.OFFICIAL))
                        .addEqualityGroup(RateDefinition.ON_TIME_OVER_RESOLVED.late(resolved, Figures.OFFICIAL))
                        .addEqualityGroup(
                                RateDefinition.ON_TIME_OVER_RESOLVED.onTime(Tally.empty(), Figures.OFFICIAL)));
        groups.put(
                PublishedFigures.class,
                new EqualsTester()
                        .addEqualityGroup(figures("X").build(), figures("X").build())
                        .addEqualityGroup(figures("Y").build())
                        .addEqualityGroup(
                                figures("X").with(Quantity.RESOLVED, 9).build())
                        .addEqualityGroup(
                                figures("X").with(Quantity.RECEIVED, 11).build())
                        .addEqualityGroup(figures("X")
                                .statedOnTimePercent(new BigDecimal("99.5"))
                                .build()));
        groups.put(
                ProcessingRow.class,
                new EqualsTester()
                        .addEqualityGroup(
                                row("U1", "UBND xã", resolvedAndPending), row("U1", "UBND xã", resolvedAndPending))
                        .addEqualityGroup(row("U2", "UBND xã", resolvedAndPending))
                        .addEqualityGroup(row("U1", "UBND phường", resolvedAndPending))
                        .addEqualityGroup(row("U1", "UBND xã", resolved))
                        .addEqualityGroup(ProcessingRow.of(
                                "U1",
                                "UBND xã",
                                resolvedAndPending,
                                RateDefinition.ON_TIME_OVER_RECEIVED,
                                Rounding.DEFAULT))
                        .addEqualityGroup(ProcessingRow.of(
                                "U1",
                                "UBND xã",
                                resolvedAndPending,
                                RateDefinition.ON_TIME_OVER_RESOLVED,
                                Rounding.of(Rounding.Mode.HALF_UP, 1))));
        groups.put(
                ProcessingReport.class,
                new EqualsTester()
                        .addEqualityGroup(report("U1").build(), report("U1").build())
                        .addEqualityGroup(report("U2").build())
                        .addEqualityGroup(
                                report("U1").row("U1", "UBND xã", resolved).build())
                        .addEqualityGroup(report("U1")
                                .rate(RateDefinition.ON_TIME_OVER_RECEIVED)
                                .build())
                        .addEqualityGroup(ProcessingReport.builder("U1", "UBND xã", ReportingPeriod.year(2024))
                                .build()));
        groups.put(
                EvaluationSection.class,
                new EqualsTester()
                        .addEqualityGroup(section("xa", "Xã A"), section("xa", "Xã A"))
                        .addEqualityGroup(section("phuong", "Xã A"))
                        .addEqualityGroup(section("xa", "Xã B"))
                        .addEqualityGroup(new EvaluationSection("xa", "Cấp xã", "tt01", "2018", List.of(), List.of())));
        groups.put(
                ReportColumn.Identity.class,
                new EqualsTester()
                        .addEqualityGroup(
                                new ReportColumn.Identity(
                                        ReportColumn.LATE,
                                        List.of(ReportColumn.LATE_EXCUSED, ReportColumn.LATE_ADJUSTED)),
                                new ReportColumn.Identity(
                                        ReportColumn.LATE,
                                        List.of(ReportColumn.LATE_EXCUSED, ReportColumn.LATE_ADJUSTED)))
                        .addEqualityGroup(new ReportColumn.Identity(
                                ReportColumn.PENDING, List.of(ReportColumn.LATE_EXCUSED, ReportColumn.LATE_ADJUSTED)))
                        .addEqualityGroup(
                                new ReportColumn.Identity(ReportColumn.LATE, List.of(ReportColumn.LATE_EXCUSED))));
        groups.put(
                DateRange.class,
                new EqualsTester()
                        .addEqualityGroup(
                                DateRange.ofClosed(DAY, DAY.plusDays(30)), DateRange.parse("2023-03-01/2023-03-31"))
                        .addEqualityGroup(DateRange.ofClosed(DAY.minusDays(1), DAY.plusDays(30)))
                        .addEqualityGroup(DateRange.ofClosed(DAY, DAY.plusDays(31))));
        groups.put(
                ReportingPeriod.class,
                new EqualsTester()
                        .addEqualityGroup(ReportingPeriod.year(2023), ReportingPeriod.parse("2023"))
                        .addEqualityGroup(ReportingPeriod.year(2024))
                        .addEqualityGroup(
                                ReportingPeriod.of(PeriodKind.QUARTER, 2023, 1), ReportingPeriod.parse("2023-Q1"))
                        .addEqualityGroup(ReportingPeriod.of(PeriodKind.QUARTER, 2023, 2))
                        .addEqualityGroup(ReportingPeriod.year(2023).withWindow(WindowPolicy.CALENDAR)));
        groups.put(
                LunarDate.class,
                new EqualsTester()
                        .addEqualityGroup(LunarDate.of(2023, 1, 1), LunarDate.from(LocalDate.of(2023, 1, 22)))
                        .addEqualityGroup(LunarDate.of(2023, 1, 2))
                        .addEqualityGroup(LunarDate.of(2023, 2, 1))
                        .addEqualityGroup(LunarDate.of(2023, 2, 1, true))
                        .addEqualityGroup(LunarDate.of(2024, 1, 1)));
        groups.put(
                WorkingSession.class,
                new EqualsTester()
                        .addEqualityGroup(
                                WorkingSession.of(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                                WorkingSession.of(LocalTime.of(7, 30), LocalTime.of(11, 30)))
                        .addEqualityGroup(WorkingSession.of(LocalTime.of(8, 0), LocalTime.of(11, 30)))
                        .addEqualityGroup(WorkingSession.of(LocalTime.of(7, 30), LocalTime.of(12, 0))));
        StatutoryHolidays holidays = StatutoryHolidays.defaults();
        groups.put(
                StatutoryHolidays.class,
                new EqualsTester()
                        .addEqualityGroup(
                                holidays, holidays.withCultureDay(false).withCultureDay(true))
                        .addEqualityGroup(holidays.withTetDays(StatutoryHolidays.TetDays.LAST_TWO_AND_FIRST_THREE))
                        .addEqualityGroup(
                                holidays.withNationalDayExtraDay(StatutoryHolidays.NationalDayExtraDay.DAY_AFTER))
                        .addEqualityGroup(holidays.withCultureDay(false)));
        groups.put(
                FeedbackReport.class,
                new EqualsTester()
                        .addEqualityGroup(new FeedbackReport(1, 2, 2, 1, 1), new FeedbackReport(1, 2, 2, 1, 1))
                        .addEqualityGroup(new FeedbackReport(0, 3, 2, 1, 1))
                        .addEqualityGroup(new FeedbackReport(1, 2, 3, 1, 0))
                        .addEqualityGroup(new FeedbackReport(1, 2, 2, 2, 1)));
        groups.put(
                DeskProcessing.class,
                new EqualsTester()
                        .addEqualityGroup(new DeskProcessing(3, 2, false), new DeskProcessing(3, 2, false))
                        .addEqualityGroup(new DeskProcessing(4, 2, false))
                        .addEqualityGroup(new DeskProcessing(3, 1, false))
                        .addEqualityGroup(new DeskProcessing(3, 2, true)));
        groups.put(
                FeedbackHandling.class,
                new EqualsTester()
                        .addEqualityGroup(new FeedbackHandling(10, 5, 1), new FeedbackHandling(10, 5, 1))
                        .addEqualityGroup(new FeedbackHandling(11, 5, 1))
                        .addEqualityGroup(new FeedbackHandling(10, 6, 1))
                        .addEqualityGroup(new FeedbackHandling(10, 5, 2)));
        groups.put(
                OnlineServices.class,
                new EqualsTester()
                        .addEqualityGroup(new OnlineServices(10, 5, 100, 30, 1), new OnlineServices(10, 5, 100, 30, 1))
                        .addEqualityGroup(new OnlineServices(11, 5, 100, 30, 1))
                        .addEqualityGroup(new OnlineServices(10, 6, 100, 30, 1))
                        .addEqualityGroup(new OnlineServices(10, 5, 101, 30, 1))
                        .addEqualityGroup(new OnlineServices(10, 5, 100, 31, 1))
                        .addEqualityGroup(new OnlineServices(10, 5, 100, 30, 2)));
        groups.put(
                Share.class,
                new EqualsTester()
                        .addEqualityGroup(new Share(1, 2), new Share(1, 2))
                        .addEqualityGroup(new Share(2, 2))
                        .addEqualityGroup(new Share(1, 3)));
        groups.put(
                OnlineProcedures.class,
                new EqualsTester()
                        .addEqualityGroup(new OnlineProcedures(5, 3), new OnlineProcedures(5, 3))
                        .addEqualityGroup(new OnlineProcedures(6, 3))
                        .addEqualityGroup(new OnlineProcedures(5, 4)));
        groups.put(
                ReadSummary.class,
                new EqualsTester()
                        .addEqualityGroup(new ReadSummary(3, 2, 1), new ReadSummary(3, 2, 1))
                        .addEqualityGroup(new ReadSummary(4, 3, 1))
                        .addEqualityGroup(new ReadSummary(4, 2, 2))
                        .addEqualityGroup(new ReadSummary(3, 3, 0)));
        return groups;
    }

    private static Procedure.Builder procedure() {
        return Procedure.builder()
                .code("P1")
                .name("Thủ tục")
                .field(Field.of("F", "Lĩnh vực"))
                .processingTime(ProcessingTime.workingDays(3));
    }

    private static Unit.Builder unit() {
        return Unit.builder()
                .code("U1")
                .name("UBND xã")
                .level(UnitLevel.COMMUNE)
                .kind(UnitKind.PEOPLES_COMMITTEE)
                .effectiveFrom(LocalDate.of(2013, 5, 1));
    }

    private static Dossier.Builder dossier() {
        return Dossier.builder()
                .id("HS-1")
                .procedureCode("P1")
                .receivingUnitCode("U1")
                .resolvingUnitCode("U1")
                .channel(Channel.DIRECT)
                .receivedAt(RECEIVED);
    }

    /** The dossier, resolved early the next day. */
    private static Dossier.Builder resolved() {
        return dossier().outcome(Outcome.RESOLVED).returnedAt(RECEIVED.plus(Duration.ofDays(1)));
    }

    private static HandlingStep.Builder handlingStep() {
        return HandlingStep.builder()
                .stepId("S1")
                .unitCode("U1")
                .officialId("CB1")
                .startedAt(RECEIVED);
    }

    private static Evaluation.Builder evaluation() {
        return Evaluation.builder().channel(EvaluationChannel.FORM).submittedAt(RECEIVED);
    }

    private static FeedbackItem.Builder feedbackItem() {
        return FeedbackItem.builder()
                .id("PAKN-1")
                .unitCode("U1")
                .receivedOn(DAY)
                .dueOn(DAY.plusDays(10));
    }

    private static ExcusalInterval.Builder excusal() {
        return ExcusalInterval.builder()
                .start(DAY)
                .end(DAY.plusDays(5))
                .reason("Bão")
                .source("Công văn 1/UBND")
                .addUnitCodes("U1");
    }

    private static DeadlineRules rules() {
        return DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(ProcedureCatalogue.builder()
                        .add(procedure().build(), LocalDate.of(2013, 5, 1))
                        .build())
                .build();
    }

    private static TimelinessClassifier classifier() {
        return TimelinessClassifier.builder().deadlineRules(rules()).build();
    }

    private static Counted counted(Dossier dossier) {
        return Counted.inPeriod(dossier, ReportingPeriod.year(2023), classifier())
                .orElseThrow();
    }

    private static DossierEvidence dossierEvidence(Dossier dossier) {
        return DossierEvidence.of(dossier, classifier().classify(dossier, REPORT_DATE), rules().deadline(dossier));
    }

    /** A late verdict, as of the report date. */
    private static Verdict.Builder late() {
        return Verdict.builder()
                .dossierId("HS-1")
                .reportDate(REPORT_DATE)
                .timeliness(Timeliness.LATE)
                .decision(Decision.ENDED_AFTER_DUE_DATE)
                .end(Instant.parse("2023-03-16T02:00:00Z"))
                .dueDate(LocalDate.of(2023, 3, 15))
                .latenessWorkingDays(1);
    }

    /** A commune's evidence for indicator 8 of TT 01/2018, feedback handled on time out of 10. */
    private static Evidence.Builder evidence(String name, long feedbackOnTime) {
        return Evidence.builder(Subject.unit(name, name, UnitLevel.COMMUNE))
                .feedback(new FeedbackHandling(10, feedbackOnTime, 0));
    }

    private static Scorecard scorecard(String name, long feedbackOnTime) {
        return Tt01Schemes.units().score(evidence(name, feedbackOnTime).build());
    }

    private static PublishedFigures.Builder figures(String id) {
        return PublishedFigures.builder(id).with(Quantity.RECEIVED, 10);
    }

    private static ProcessingRow row(String key, String label, Tally tally) {
        return ProcessingRow.of(key, label, tally, RateDefinition.ON_TIME_OVER_RESOLVED, Rounding.DEFAULT);
    }

    private static ProcessingReport.Builder report(String unitCode) {
        return ProcessingReport.builder(unitCode, "UBND xã", ReportingPeriod.year(2023));
    }

    /** A section ranking one commune, in the good band. */
    private static EvaluationSection section(String key, String commune) {
        return new EvaluationSection(
                key,
                "Cấp xã",
                "tt01",
                "2018",
                List.of(new RankedScore(1, "X1", commune, new BigDecimal("17.5"), "GOOD")),
                List.of(new BandMembers("GOOD", "Tốt", "Good", List.of(commune))));
    }
}
