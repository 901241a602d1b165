package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.motcua.DateRange;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.Deadline;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.evidence.Subject;
import io.github.motcua.io.ReadSummary;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcessingTime;
import io.github.motcua.ranking.Ranking;
import io.github.motcua.ranking.Standings;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import io.github.motcua.report.ProcessingReport;
import io.github.motcua.report.ProcessingRow;
import io.github.motcua.scoring.Explanation;
import io.github.motcua.scoring.qd766.IndexTable;
import io.github.motcua.tally.Tally;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.timeliness.Verdict;
import io.github.motcua.unit.Succession;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitDirectory;
import io.github.motcua.unit.UnitKind;
import io.github.motcua.unit.UnitLevel;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every public static method and constructor of the published modules' API packages refuses a null
 * where its parameter is not marked {@code @Nullable}, with a {@code NullPointerException} (Guava's
 * {@link NullPointerTester}), rather than failing later or keeping it.
 */
class PublicApiNullsTest {
    /**
     * Classes whose nulls are part of their contract: a unit-facts line of a file may leave its maps
     * out, which means none (docs/formats.md).
     */
    private static final Set<String> NULLS_BY_DESIGN = Set.of("io.github.motcua.io.UnitFacts");

    private static NullPointerTester tester() {
        Procedure procedure = Procedure.builder()
                .code("P1")
                .name("Thủ tục")
                .field(Field.of("F", "Lĩnh vực"))
                .processingTime(ProcessingTime.workingDays(3))
                .build();
        Unit unit = Unit.builder()
                .code("U1")
                .name("UBND xã")
                .level(UnitLevel.COMMUNE)
                .kind(UnitKind.PEOPLES_COMMITTEE)
                .effectiveFrom(LocalDate.of(2013, 5, 1))
                .build();
        DeadlineRules rules = DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(ProcedureCatalogue.builder()
                        .add(procedure, LocalDate.of(2013, 5, 1))
                        .build())
                .build();
        Dossier dossier = Dossier.builder()
                .id("HS-1")
                .procedureCode("P1")
                .receivingUnitCode("U1")
                .resolvingUnitCode("U1")
                .channel(Channel.DIRECT)
                .receivedAt(Instant.parse("2023-03-01T02:00:00Z"))
                .build();
        TimelinessClassifier classifier =
                TimelinessClassifier.builder().deadlineRules(rules).build();
        Verdict verdict = classifier.classify(dossier, LocalDate.of(2023, 12, 14));
        Standings standings = Ranking.standard().rank(List.of());
        return new NullPointerTester()
                .setDefault(ReportingPeriod.class, ReportingPeriod.year(2023))
                .setDefault(Tally.class, Tally.empty())
                .setDefault(DateRange.class, DateRange.ofClosed(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
                .setDefault(Unit.class, unit)
                .setDefault(UnitDirectory.class, UnitDirectory.of(List.of(unit)))
                .setDefault(Procedure.class, procedure)
                .setDefault(ProcessingTime.class, ProcessingTime.workingDays(3))
                .setDefault(Dossier.class, dossier)
                .setDefault(Deadline.class, rules.deadline(dossier))
                .setDefault(Verdict.class, verdict)
                .setDefault(Subject.class, Subject.unit("U1", "UBND xã", UnitLevel.COMMUNE))
                .setDefault(Explanation.class, Explanation.of("giải thích"))
                .setDefault(Standings.class, standings)
                .setDefault(IndexTable.class, IndexTable.bundled())
                .setDefault(
                        ProcessingReport.class,
                        ProcessingReport.builder("U1", "UBND xã", ReportingPeriod.year(2023))
                                .build())
                .setDefault(ReadSummary.class, new ReadSummary(0, 0, 0))
                .setDefault(
                        ProcessingRow.class,
                        ProcessingRow.of(
                                "U1", "UBND xã", Tally.empty(), RateDefinition.ON_TIME_OVER_RESOLVED, Rounding.DEFAULT))
                .setDefault(Succession.class, Succession.toSuccessor())
                .setDefault(TimelinessClassifier.class, classifier)
                .setDefault(
                        io.github.motcua.scoring.qd766.PublishedIndex.class,
                        new io.github.motcua.scoring.qd766.PublishedIndex(
                                "X", java.util.Map.of("1", java.math.BigDecimal.ONE), java.math.BigDecimal.ONE))
                .setDefault(WorkingCalendar.class, VietnamCalendars.official())
                .setDefault(ResourceBundle.class, new ListResourceBundle() {
                    @Override
                    protected Object[][] getContents() {
                        return new Object[][] {{"key", "value"}};
                    }
                });
    }

    @Test
    void publicStaticMethodsAndConstructorsRefuseNulls() throws IOException {
        List<String> failures = new ArrayList<>();
        int tested = 0;
        for (Class<?> type : PublishedApi.topLevelClasses()) {
            String name = type.getName();
            if (NULLS_BY_DESIGN.contains(name) || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            tested++;
            try {
                tester().testAllPublicStaticMethods(type);
                tester().testAllPublicConstructors(type);
            } catch (AssertionError | RuntimeException e) {
                failures.add(name + ": "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }

        assertThat(tested).as("public classes tested").isGreaterThan(100);
        assertThat(failures).isEmpty();
    }
}
