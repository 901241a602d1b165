package io.github.motcua.testkit;

import io.github.motcua.dossier.Evaluation;
import io.github.motcua.evidence.DeskProcessing;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.FeedbackHandling;
import io.github.motcua.evidence.OnlineServices;
import io.github.motcua.evidence.Publication;
import io.github.motcua.evidence.StepEvidence;
import io.github.motcua.evidence.StepTiming;
import io.github.motcua.timeliness.Timeliness;
import java.util.Map;
import java.util.stream.Collectors;

/** Evidence made better on every count the TT 01/2018 indicators read, and worse on none. */
final class Improved {
    private Improved() {}

    static Evidence of(Evidence evidence) {
        Evidence.Builder better = Evidence.builder(evidence.subject())
                .dossiers(evidence.dossiers().stream().map(Improved::dossier).toList());
        evidence.deskProcessing()
                .ifPresent(
                        desk -> better.deskProcessing(new DeskProcessing(desk.procedures(), desk.procedures(), true)));
        evidence.publication()
                .forEach((procedure, publication) -> better.publication(procedure, publication(publication)));
        evidence.feedback()
                .ifPresent(
                        feedback -> better.feedback(new FeedbackHandling(feedback.received(), feedback.received(), 0)));
        evidence.onlineServices()
                .ifPresent(online -> better.onlineServices(new OnlineServices(
                        online.eligibleProcedures(),
                        online.eligibleProcedures(),
                        online.dossiers(),
                        online.dossiers(),
                        0)));
        return better.build();
    }

    private static DossierEvidence dossier(DossierEvidence dossier) {
        return new DossierEvidence(
                dossier.dossierId(),
                dossier.procedureCode(),
                dossier.channel(),
                timeliness(dossier.timeliness()),
                dossier.steps().stream()
                        .map(step ->
                                new StepEvidence(step.stepId(), step.unitCode(), step.officialId(), StepTiming.SHORTER))
                        .toList(),
                dossier.evaluation().map(Improved::evaluation),
                0);
    }

    private static Timeliness timeliness(Timeliness timeliness) {
        return switch (timeliness) {
            case LATE, ON_TIME -> Timeliness.EARLY;
            case PENDING_OVERDUE -> Timeliness.PENDING_WITHIN;
            default -> timeliness;
        };
    }

    private static Evaluation evaluation(Evaluation evaluation) {
        Map<String, Integer> ratings =
                evaluation.ratings().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> 2));
        Evaluation.Builder better = Evaluation.builder();
        better.channel(evaluation.channel())
                .submittedAt(evaluation.submittedAt())
                .ratings(ratings);
        evaluation.contactsNeeded().ifPresent(count -> better.contactsNeeded(0));
        evaluation.agenciesContacted().ifPresent(count -> better.agenciesContacted(0));
        return better.build();
    }

    private static Publication publication(Publication publication) {
        return publication == Publication.NOT_PUBLISHED ? Publication.ONE_OF_TWO : Publication.ON_SITE_AND_ELECTRONIC;
    }
}
