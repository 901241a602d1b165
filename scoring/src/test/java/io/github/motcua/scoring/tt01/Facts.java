package io.github.motcua.scoring.tt01;

import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Evaluation;
import io.github.motcua.dossier.EvaluationChannel;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.StepEvidence;
import io.github.motcua.evidence.StepTiming;
import io.github.motcua.timeliness.Timeliness;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dossier facts written as the rules' text states them. */
final class Facts {
    static final String PROCEDURE = "1.000001";
    private static int next;

    private Facts() {}

    /** An evaluated dossier of a class, with no contacts and agencies reported unless given. */
    static DossierEvidence evaluated(Timeliness timeliness, int contacts, int agencies) {
        return dossier(timeliness, List.of(), Optional.of(evaluation(contacts, agencies, Map.of())), 0);
    }

    static DossierEvidence evaluated(Timeliness timeliness) {
        return evaluated(timeliness, 0, 0);
    }

    static DossierEvidence rated(Timeliness timeliness, Map<String, Integer> ratings) {
        return dossier(timeliness, List.of(), Optional.of(evaluation(0, 0, ratings)), 0);
    }

    static DossierEvidence withSteps(Timeliness timeliness, StepTiming... timings) {
        List<StepEvidence> steps = java.util.Arrays.stream(timings)
                .map(timing -> new StepEvidence("S", "U", "official-1", timing))
                .toList();
        return dossier(timeliness, steps, Optional.empty(), 0);
    }

    static DossierEvidence dossier(
            Timeliness timeliness, List<StepEvidence> steps, Optional<Evaluation> evaluation, int complaints) {
        next++;
        return new DossierEvidence("D" + next, PROCEDURE, Channel.DIRECT, timeliness, steps, evaluation, complaints);
    }

    private static Evaluation evaluation(int contacts, int agencies, Map<String, Integer> ratings) {
        return Evaluation.builder()
                .channel(EvaluationChannel.FORM)
                .submittedAt(Instant.parse("2023-06-01T03:00:00Z"))
                .contactsNeeded(contacts)
                .agenciesContacted(agencies)
                .ratings(ratings)
                .build();
    }
}
