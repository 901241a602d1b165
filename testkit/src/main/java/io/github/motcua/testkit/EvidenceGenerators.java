package io.github.motcua.testkit;

import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Evaluation;
import io.github.motcua.dossier.EvaluationChannel;
import io.github.motcua.evidence.DeskProcessing;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.FeedbackHandling;
import io.github.motcua.evidence.OnlineServices;
import io.github.motcua.evidence.Publication;
import io.github.motcua.evidence.Share;
import io.github.motcua.evidence.StepEvidence;
import io.github.motcua.evidence.StepTiming;
import io.github.motcua.evidence.Subject;
import io.github.motcua.evidence.SubjectKind;
import io.github.motcua.scoring.qd766.IndexIndicator;
import io.github.motcua.scoring.qd766.IndexTable;
import io.github.motcua.timeliness.Timeliness;
import io.github.motcua.unit.UnitLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The generators of scoring evidence behind {@link MotcuaArbitraries#evidence()}. */
final class EvidenceGenerators {
    /** A few procedures, so that generated dossiers share them. */
    static final List<String> PROCEDURES = List.of("1.000001", "1.000002", "2.000003");

    private static final List<String> OFFICIALS = List.of("CC1", "CC2", "CC3");
    private static final List<String> RATED = List.of("tt01.1", "tt01.3", "tt01.4", "tt01.7");

    /** The measures the bundled QĐ 766 index reads. */
    private static final List<String> MEASURES = IndexTable.bundled().indicators().stream()
            .map(IndexIndicator::measure)
            .filter(measure -> !measure.isEmpty())
            .toList();

    private EvidenceGenerators() {}

    static Arbitrary<Evidence> evidence() {
        Arbitrary<Subject> subjects = Combinators.combine(
                        Arbitraries.of(SubjectKind.class), Arbitraries.of(OFFICIALS), Arbitraries.of(UnitLevel.class))
                .as((kind, id, level) -> new Subject(kind, id, "Chủ thể " + id, level));
        return Combinators.combine(
                        subjects,
                        dossierEvidence().list().ofMaxSize(30),
                        deskProcessing().optional(),
                        Arbitraries.maps(Arbitraries.of(PROCEDURES), Arbitraries.of(Publication.class)),
                        feedback().optional(),
                        online().optional(),
                        Arbitraries.maps(
                                Arbitraries.of(MEASURES), partOf(1000).map(counts -> new Share(counts[1], counts[0]))))
                .as((subject, dossiers, desk, publication, feedback, online, measures) -> {
                    Evidence.Builder builder = Evidence.builder(subject).dossiers(numbered(dossiers));
                    desk.ifPresent(builder::deskProcessing);
                    publication.forEach(builder::publication);
                    feedback.ifPresent(builder::feedback);
                    online.ifPresent(builder::onlineServices);
                    measures.forEach(builder::measure);
                    return builder.build();
                });
    }

    /** Gives the dossiers distinct ids, keeping their facts. */
    private static List<DossierEvidence> numbered(List<DossierEvidence> dossiers) {
        List<DossierEvidence> numbered = new ArrayList<>();
        for (DossierEvidence dossier : dossiers) {
            numbered.add(new DossierEvidence(
                    "HS-" + (numbered.size() + 1),
                    dossier.procedureCode(),
                    dossier.channel(),
                    dossier.timeliness(),
                    dossier.steps(),
                    dossier.evaluation(),
                    dossier.verifiedComplaints()));
        }
        return numbered;
    }

    static Arbitrary<DossierEvidence> dossierEvidence() {
        Arbitrary<StepEvidence> steps = Combinators.combine(Arbitraries.of(OFFICIALS), Arbitraries.of(StepTiming.class))
                .as((official, timing) -> new StepEvidence("B" + official, "U", official, timing));
        return Combinators.combine(
                        Arbitraries.of(PROCEDURES),
                        Arbitraries.of(Channel.class),
                        Arbitraries.of(Timeliness.class),
                        steps.list().ofMaxSize(3),
                        evaluations().optional(0.6),
                        Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, 1), Tuple.of(1, 2)))
                .as((procedure, channel, timeliness, stepList, evaluation, complaints) ->
                        new DossierEvidence("HS", procedure, channel, timeliness, stepList, evaluation, complaints));
    }

    private static Arbitrary<Evaluation> evaluations() {
        Arbitrary<Optional<Integer>> counts =
                Arbitraries.integers().between(0, 3).optional(0.8);
        Arbitrary<Map<String, Integer>> ratings = Arbitraries.maps(
                        Arbitraries.of(RATED), Arbitraries.integers().between(0, 2))
                .ofMaxSize(2);
        return Combinators.combine(Arbitraries.of(EvaluationChannel.class), counts, counts, ratings)
                .as((channel, contacts, agencies, rated) -> {
                    Evaluation.Builder evaluation = Evaluation.builder();
                    evaluation
                            .channel(channel)
                            .submittedAt(Instant.parse("2023-06-01T03:00:00Z"))
                            .ratings(rated);
                    contacts.ifPresent(evaluation::contactsNeeded);
                    agencies.ifPresent(evaluation::agenciesContacted);
                    return evaluation.build();
                });
    }

    /** A whole and a part of it, drawn as counts. */
    private static Arbitrary<long[]> partOf(long max) {
        return Arbitraries.longs()
                .between(0, max)
                .flatMap(whole -> Arbitraries.longs().between(0, whole).map(part -> new long[] {whole, part}));
    }

    private static Arbitrary<DeskProcessing> deskProcessing() {
        return Combinators.combine(partOf(60), Arbitraries.of(true, false))
                .as((counts, all) -> new DeskProcessing(counts[0], counts[1], all));
    }

    private static Arbitrary<FeedbackHandling> feedback() {
        return partOf(40)
                .flatMap(counts -> Arbitraries.longs()
                        .between(0, counts[0])
                        .map(prolonged -> new FeedbackHandling(counts[0], counts[1], prolonged)));
    }

    private static Arbitrary<OnlineServices> online() {
        return Combinators.combine(partOf(40), partOf(500))
                .flatAs((procedures, dossiers) -> Arbitraries.longs()
                        .between(0, dossiers[1])
                        .map(overdue ->
                                new OnlineServices(procedures[0], procedures[1], dossiers[0], dossiers[1], overdue)));
    }
}
