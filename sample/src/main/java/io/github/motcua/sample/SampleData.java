package io.github.motcua.sample;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.Unit;
import java.util.List;

/**
 * What every sample dataset gives beside its dossiers: the reporting period, the units, the
 * procedures and their catalogue, the excusal intervals, and the deadline rules to compute with.
 *
 * <p>Instances are immutable and thread-safe.
 */
public abstract class SampleData {
    private final ReportingPeriod period;
    private final List<Unit> units;
    private final List<Procedure> procedures;
    private final ProcedureCatalogue catalogue;
    private final List<ExcusalInterval> excusals;
    private final DeadlineRules deadlineRules;

    SampleData(ReportingPeriod period, List<Unit> units, List<Procedure> procedures, List<ExcusalInterval> excusals) {
        this.period = period;
        this.units = List.copyOf(units);
        this.procedures = List.copyOf(procedures);
        ProcedureCatalogue.Builder catalogue = ProcedureCatalogue.builder();
        procedures.forEach(procedure -> catalogue.add(procedure, VietnamCalendars.RANGE.start()));
        this.catalogue = catalogue.build();
        this.excusals = List.copyOf(excusals);
        this.deadlineRules = DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(this.catalogue)
                .build();
    }

    /**
     * Returns the reporting period the dossiers belong to.
     *
     * @return the period, with its official window
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the units.
     *
     * @return the units
     */
    public List<Unit> units() {
        return units;
    }

    /**
     * Returns the procedures, each in force from the national calendar's first day.
     *
     * @return the procedures
     */
    public List<Procedure> procedures() {
        return procedures;
    }

    /**
     * Returns the catalogue of the procedures.
     *
     * @return the catalogue
     */
    public ProcedureCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Returns the excusal intervals.
     *
     * @return the intervals
     */
    public List<ExcusalInterval> excusals() {
        return excusals;
    }

    /**
     * Returns the deadline rules the sample is computed with: the national calendar and the
     * sample's catalogue, with every default policy.
     *
     * @return the deadline rules
     */
    public DeadlineRules deadlineRules() {
        return deadlineRules;
    }

    /**
     * Returns the classifier the sample's figures are computed with: its deadline rules and its
     * excusal intervals, with every default policy.
     *
     * @return the classifier
     */
    public TimelinessClassifier classifier() {
        return TimelinessClassifier.builder()
                .deadlineRules(deadlineRules)
                .excusals(excusals())
                .build();
    }
}
