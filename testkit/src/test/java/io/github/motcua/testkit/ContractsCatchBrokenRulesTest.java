package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.evidence.DeskProcessing;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.FeedbackHandling;
import io.github.motcua.evidence.OnlineServices;
import io.github.motcua.evidence.Subject;
import io.github.motcua.scoring.Criterion;
import io.github.motcua.scoring.CriterionLevel;
import io.github.motcua.scoring.CriterionScore;
import io.github.motcua.scoring.Explanation;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import io.github.motcua.testkit.contract.CriterionContract;
import io.github.motcua.testkit.contract.MonotoneCriterionContract;
import io.github.motcua.testkit.contract.SchemeContract;
import io.github.motcua.timeliness.Timeliness;
import io.github.motcua.unit.UnitLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Example;

/** The contracts fail on implementations that break their rules. */
class ContractsCatchBrokenRulesTest {
    private static final Evidence TWO_DOSSIERS = Evidence.builder(Subject.unit("U", "Unit", UnitLevel.COMMUNE))
            .dossiers(List.of(dossier("HS-1", Timeliness.EARLY), dossier("HS-2", Timeliness.ON_TIME)))
            .build();

    private static DossierEvidence dossier(String id, Timeliness timeliness) {
        return new DossierEvidence(
                id,
                "1.000001",
                io.github.motcua.dossier.Channel.DIRECT,
                timeliness,
                List.of(),
                java.util.Optional.of(io.github.motcua.dossier.Evaluation.builder()
                        .channel(io.github.motcua.dossier.EvaluationChannel.FORM)
                        .submittedAt(java.time.Instant.parse("2023-06-01T03:00:00Z"))
                        .build()),
                0);
    }

    /** A criterion whose explanation names the first dossier it was given. */
    private static final class FirstDossier implements Criterion {
        private final AtomicInteger calls = new AtomicInteger();
        private final boolean counting;

        FirstDossier(boolean counting) {
            this.counting = counting;
        }

        @Override
        public String id() {
            return "broken";
        }

        @Override
        public String titleVi() {
            return "Hỏng";
        }

        @Override
        public String titleEn() {
            return "Broken";
        }

        @Override
        public BigDecimal maxPoints() {
            return BigDecimal.ONE;
        }

        @Override
        public CriterionLevel level() {
            return CriterionLevel.DOSSIER;
        }

        @Override
        public CriterionScore score(Evidence evidence) {
            String text = counting
                    ? "call " + calls.incrementAndGet()
                    : "first: " + evidence.dossiers().get(0).dossierId();
            return CriterionScore.of(this, BigDecimal.ONE, Explanation.of(text));
        }
    }

    private static CriterionContract contractFor(Criterion criterion) {
        return new CriterionContract() {
            @Override
            protected Criterion criterion() {
                return criterion;
            }
        };
    }

    @Example
    void aCriterionThatDependsOnTheOrderOfDossiersFails() {
        CriterionContract contract = contractFor(new FirstDossier(false));
        assertThatThrownBy(() -> {
                    // One generator for all shuffles: the first draws of Randoms with nearby seeds agree.
                    Random random = new Random(2023);
                    for (int shuffle = 0; shuffle < 50; shuffle++) {
                        contract.doesNotDependOnTheOrderOfDossiers(TWO_DOSSIERS, random);
                    }
                })
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("shuffling the dossiers changed the result");
    }

    @Example
    void aCriterionThatChangesBetweenCallsFails() {
        assertThatThrownBy(() -> contractFor(new FirstDossier(true)).isDeterministic(TWO_DOSSIERS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("scoring twice changed the result");
    }

    @Example
    void aCriterionThatScoresLessOnBetterEvidenceFails() {
        Criterion indicator1 = Tt01Schemes.units().criteria().get(0);
        MonotoneCriterionContract backwards = new MonotoneCriterionContract() {
            @Override
            protected Criterion criterion() {
                return indicator1;
            }

            @Override
            protected Evidence improve(Evidence evidence) {
                return evidence.withDossiers(evidence.dossiers().stream()
                        .map(dossier -> new DossierEvidence(
                                dossier.dossierId(),
                                dossier.procedureCode(),
                                dossier.channel(),
                                Timeliness.LATE,
                                dossier.steps(),
                                dossier.evaluation(),
                                dossier.verifiedComplaints()))
                        .toList());
            }
        };
        Evidence early = Evidence.builder(Subject.unit("U", "Unit", UnitLevel.COMMUNE))
                .dossiers(List.of(dossier("HS-1", Timeliness.EARLY)))
                .build();

        assertThatThrownBy(() -> backwards.doesNotScoreLessWhenTheEvidenceImproves(early))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("scored less when the evidence improved");
    }

    @Example
    void aSchemeWhoseBandsDoNotMatchItsScorecardsFails() {
        ScoringScheme units = Tt01Schemes.units();
        ScoringScheme mislabelled = new ScoringScheme() {
            private final ScoringScheme delegate =
                    ScoringScheme.builder(units).id("mislabelled").build();

            @Override
            public String id() {
                return delegate.id();
            }

            @Override
            public String version() {
                return delegate.version();
            }

            @Override
            public java.time.LocalDate effectiveFrom() {
                return delegate.effectiveFrom();
            }

            @Override
            public java.util.Optional<java.time.LocalDate> effectiveUntil() {
                return delegate.effectiveUntil();
            }

            @Override
            public String legalSource() {
                return delegate.legalSource();
            }

            @Override
            public io.github.motcua.scoring.SchemeStatus status() {
                return delegate.status();
            }

            @Override
            public List<Criterion> criteria() {
                return delegate.criteria();
            }

            @Override
            public io.github.motcua.rate.Rounding rounding() {
                return delegate.rounding();
            }

            @Override
            public io.github.motcua.scoring.MissingDataPolicy missingData() {
                return delegate.missingData();
            }

            @Override
            public io.github.motcua.scoring.Bands bands() {
                return delegate.bands().strict();
            }

            @Override
            public Scorecard score(Evidence evidence) {
                return delegate.score(evidence);
            }
        };
        SchemeContract contract = new SchemeContract() {
            @Override
            protected ScoringScheme scheme() {
                return mislabelled;
            }
        };
        // Indicators 5, 8 and 9 at 2 points each: 6.0, the lower bound of "average".
        Evidence atSix = Evidence.builder(Subject.unit("U", "Unit", UnitLevel.COMMUNE))
                .deskProcessing(new DeskProcessing(4, 4, true))
                .feedback(new FeedbackHandling(0, 0, 0))
                .onlineServices(new OnlineServices(4, 4, 10, 5, 0))
                .build();

        assertThatThrownBy(() -> contract.totalsTheRoundedPointsAndBandsThem(atSix))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("banding the total again changed the result");
    }
}
