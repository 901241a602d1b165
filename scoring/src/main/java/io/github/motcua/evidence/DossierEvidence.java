package io.github.motcua.evidence;

import io.github.motcua.VietnamTime;
import io.github.motcua.deadline.Deadline;
import io.github.motcua.deadline.StepDeadline;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Complaint;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Evaluation;
import io.github.motcua.dossier.HandlingStep;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.Timeliness;
import io.github.motcua.timeliness.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The facts of one dossier that scoring criteria read.
 *
 * @param dossierId the dossier's identifier
 * @param procedureCode the procedure's code
 * @param channel how the dossier was received
 * @param timeliness its class in the official figures at the report date
 * @param steps its handling steps, each timed against its allotment where it has one
 * @param evaluation the applicant's evaluation, the latest where there are several
 * @param verifiedComplaints how many complaints about it were verified as founded
 */
public record DossierEvidence(
        String dossierId,
        String procedureCode,
        Channel channel,
        Timeliness timeliness,
        List<StepEvidence> steps,
        Optional<Evaluation> evaluation,
        int verifiedComplaints) {

    /**
     * Checks and copies the components.
     *
     * @throws InvalidEvidenceException if the number of verified complaints is negative
     *
     * @param dossierId the dossier's identifier
     * @param procedureCode the procedure's code
     * @param channel how the dossier was received
     * @param timeliness its class in the official figures at the report date
     * @param steps its handling steps, each timed against its allotment where it has one
     * @param evaluation the applicant's evaluation, the latest where there are several
     * @param verifiedComplaints how many complaints about it were verified as founded
     */
    public DossierEvidence {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(timeliness, "timeliness");
        Objects.requireNonNull(evaluation, "evaluation");
        steps = List.copyOf(steps);
        InvalidEvidenceException.requireCount("verified complaints of dossier " + dossierId, verifiedComplaints);
    }

    /**
     * Derives a dossier's facts from its verdict and its deadline: each completed handling step is
     * compared with the due date of the procedure step of the same id (a step without one, or not
     * completed, is kept as {@link StepTiming#NOT_TIMED}, so that its official is still known), the
     * latest evaluation is kept, and verified complaints are counted.
     *
     * @param dossier the dossier
     * @param verdict its verdict from the timeliness engine
     * @param deadline its deadline, whose step due dates are used
     * @return the dossier's evidence
     * @throws IllegalArgumentException if the verdict is for another dossier
     */
    public static DossierEvidence of(Dossier dossier, Verdict verdict, Deadline deadline) {
        if (!verdict.dossierId().equals(dossier.id())) {
            throw new IllegalArgumentException(
                    "verdict of dossier " + verdict.dossierId() + " given for dossier " + dossier.id());
        }
        Map<String, LocalDate> due =
                deadline.steps().stream().collect(Collectors.toMap(StepDeadline::stepId, StepDeadline::dueDate));
        List<StepEvidence> steps = new ArrayList<>();
        for (HandlingStep step : dossier.handlingSteps()) {
            LocalDate stepDue = due.get(step.stepId());
            Optional<Instant> completed = step.completedAt();
            StepTiming timing = stepDue != null && completed.isPresent()
                    ? StepTiming.of(VietnamTime.dateOf(completed.get()), stepDue)
                    : StepTiming.NOT_TIMED;
            steps.add(new StepEvidence(step.stepId(), step.unitCode(), step.officialId(), timing));
        }
        Optional<Evaluation> latest = dossier.evaluations().stream().max(Comparator.comparing(Evaluation::submittedAt));
        int verified =
                (int) dossier.complaints().stream().filter(Complaint::verified).count();
        return new DossierEvidence(
                dossier.id(),
                dossier.procedureCode(),
                dossier.channel(),
                verdict.timeliness(),
                steps,
                latest,
                verified);
    }

    /**
     * Derives a counted dossier's facts from what counting it already computed: its verdict and its
     * deadline ({@link #of(Dossier, Verdict, Deadline)}), so that no deadline is computed twice.
     *
     * @param counted the dossier, counted in a period
     * @return the dossier's evidence
     */
    public static DossierEvidence of(Counted counted) {
        return of(counted.dossier(), counted.verdict(), counted.deadline());
    }

    /**
     * Tells whether the applicant evaluated the dossier.
     *
     * @return true if an evaluation is recorded
     */
    public boolean isEvaluated() {
        return evaluation.isPresent();
    }

    /**
     * Returns the same facts with only the steps an official performed, for scoring that official.
     *
     * @param officialId the official's identifier
     * @return the evidence restricted to the official's steps
     */
    public DossierEvidence stepsOf(String officialId) {
        return new DossierEvidence(
                dossierId,
                procedureCode,
                channel,
                timeliness,
                steps.stream()
                        .filter(step -> step.officialId().equals(officialId))
                        .toList(),
                evaluation,
                verifiedComplaints);
    }

    /**
     * Tells whether an official performed any of the dossier's steps.
     *
     * @param officialId the official's identifier
     * @return true if a step is the official's
     */
    public boolean handledBy(String officialId) {
        return steps.stream().anyMatch(step -> step.officialId().equals(officialId));
    }
}
