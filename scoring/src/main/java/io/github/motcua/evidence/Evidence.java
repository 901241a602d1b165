package io.github.motcua.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything a scoring scheme reads about one subject in one period: the facts of the dossiers it
 * handled and the unit-level facts its caller supplies. A missing unit-level fact means "no data":
 * the criterion that needs it reports no score, and the scheme's missing-data policy decides.
 *
 * <pre>{@code
 * Evidence evidence = Evidence.builder(Subject.unit("TC.X01", "Muổi Nọi", UnitLevel.COMMUNE))
 *         .dossiers(dossierEvidence)
 *         .deskProcessing(new DeskProcessing(4, 4, true))
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Evidence {
    private final Subject subject;
    private final List<DossierEvidence> dossiers;
    private final @Nullable DeskProcessing deskProcessing;
    private final Map<String, Publication> publication;
    private final @Nullable FeedbackHandling feedback;
    private final @Nullable OnlineServices onlineServices;
    private final Map<String, Share> measures;

    private Evidence(Builder builder) {
        this.subject = builder.subject;
        this.dossiers = List.copyOf(builder.dossiers);
        this.deskProcessing = builder.deskProcessing;
        this.publication = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.publication));
        this.feedback = builder.feedback;
        this.onlineServices = builder.onlineServices;
        this.measures = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(builder.measures));
        Set<String> seen = new HashSet<>();
        for (DossierEvidence dossier : dossiers) {
            if (!seen.add(dossier.dossierId())) {
                throw new InvalidEvidenceException(
                        "Evidence",
                        subject.id(),
                        "dossiers.dossierId",
                        dossier.dossierId(),
                        "must not be listed twice in the evidence of " + subject.kind() + " " + subject.id());
            }
        }
    }

    /**
     * Returns a builder for the evidence about a subject.
     *
     * @param subject who or what is scored
     * @return a builder with no dossiers and no unit-level facts
     */
    public static Builder builder(Subject subject) {
        return new Builder(subject);
    }

    /**
     * Returns the evidence about an official: the dossiers among those given in which the official
     * performed a step, each restricted to the official's steps.
     *
     * @param official the official, whose id matches the handling steps' official ids
     * @param dossiers the dossiers to choose from, such as all of the official's unit
     * @return the official's evidence, without unit-level facts
     * @throws IllegalArgumentException if the subject is not an official
     */
    public static Evidence ofOfficial(Subject official, Collection<DossierEvidence> dossiers) {
        Objects.requireNonNull(dossiers, "dossiers");
        if (official.kind() != SubjectKind.OFFICIAL) {
            throw new IllegalArgumentException("not an official: " + official);
        }
        return builder(official)
                .dossiers(dossiers.stream()
                        .filter(dossier -> dossier.handledBy(official.id()))
                        .map(dossier -> dossier.stepsOf(official.id()))
                        .toList())
                .build();
    }

    /**
     * Returns who or what is scored.
     *
     * @return the subject
     */
    public Subject subject() {
        return subject;
    }

    /**
     * Returns the facts of the subject's dossiers, in the order given.
     *
     * @return the dossiers' evidence, each dossier once
     */
    public List<DossierEvidence> dossiers() {
        return dossiers;
    }

    /**
     * Returns the share of procedures processed fully at the desk (indicator 5).
     *
     * @return the facts, or empty when not supplied
     */
    public Optional<DeskProcessing> deskProcessing() {
        return Optional.ofNullable(deskProcessing);
    }

    /**
     * Returns how each procedure is published, by procedure code (indicator 6).
     *
     * @return the publication by procedure code, empty when not supplied
     */
    public Map<String, Publication> publication() {
        return publication;
    }

    /**
     * Returns how feedback was handled (indicator 8).
     *
     * @return the facts, or empty when not supplied
     */
    public Optional<FeedbackHandling> feedback() {
        return Optional.ofNullable(feedback);
    }

    /**
     * Returns the online services (indicator 9).
     *
     * @return the facts, or empty when not supplied
     */
    public Optional<OnlineServices> onlineServices() {
        return Optional.ofNullable(onlineServices);
    }

    /**
     * Returns the measures the caller supplies by id, such as {@code dossiers-digitised}, for
     * indicators that read a share the national portal reports.
     *
     * @return the measures by id, empty when none were supplied
     */
    public Map<String, Share> measures() {
        return measures;
    }

    /**
     * Returns the same evidence with other dossiers in place of its own: the same subject and unit
     * facts with the dossiers of a period, or the same dossiers in another order.
     *
     * @param dossiers the dossiers' evidence
     * @return the evidence with those dossiers
     */
    public Evidence withDossiers(Collection<DossierEvidence> dossiers) {
        Builder builder = new Builder(subject);
        builder.deskProcessing = deskProcessing;
        builder.publication.putAll(publication);
        builder.feedback = feedback;
        builder.onlineServices = onlineServices;
        builder.measures.putAll(measures);
        return builder.dossiers(dossiers).build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Evidence that
                && subject.equals(that.subject)
                && dossiers.equals(that.dossiers)
                && Objects.equals(deskProcessing, that.deskProcessing)
                && publication.equals(that.publication)
                && Objects.equals(feedback, that.feedback)
                && Objects.equals(onlineServices, that.onlineServices)
                && measures.equals(that.measures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, dossiers, deskProcessing, publication, feedback, onlineServices, measures);
    }

    /**
     * Returns a short description: the subject and how many dossiers.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "Evidence[" + subject.kind() + " " + subject.id() + ", " + dossiers.size() + " dossiers]";
    }

    /** Builds evidence; only the subject is required. */
    public static final class Builder {
        private final Subject subject;
        private final List<DossierEvidence> dossiers = new ArrayList<>();
        private @Nullable DeskProcessing deskProcessing;
        private final Map<String, Publication> publication = new LinkedHashMap<>();
        private @Nullable FeedbackHandling feedback;
        private @Nullable OnlineServices onlineServices;
        private final Map<String, Share> measures = new LinkedHashMap<>();

        private Builder(Subject subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
        }

        /**
         * Adds the facts of dossiers the subject handled.
         *
         * @param dossiers the dossiers' evidence
         * @return this builder
         */
        public Builder dossiers(Collection<DossierEvidence> dossiers) {
            this.dossiers.addAll(dossiers);
            return this;
        }

        /**
         * Sets the share of procedures processed fully at the desk.
         *
         * @param deskProcessing the facts
         * @return this builder
         */
        public Builder deskProcessing(DeskProcessing deskProcessing) {
            this.deskProcessing = Objects.requireNonNull(deskProcessing, "deskProcessing");
            return this;
        }

        /**
         * Sets how one procedure is published.
         *
         * @param procedureCode the procedure's code
         * @param publication how it is published
         * @return this builder
         */
        public Builder publication(String procedureCode, Publication publication) {
            this.publication.put(
                    Objects.requireNonNull(procedureCode, "procedureCode"),
                    Objects.requireNonNull(publication, "publication"));
            return this;
        }

        /**
         * Sets how feedback was handled.
         *
         * @param feedback the facts
         * @return this builder
         */
        public Builder feedback(FeedbackHandling feedback) {
            this.feedback = Objects.requireNonNull(feedback, "feedback");
            return this;
        }

        /**
         * Sets the online services.
         *
         * @param onlineServices the facts
         * @return this builder
         */
        public Builder onlineServices(OnlineServices onlineServices) {
            this.onlineServices = Objects.requireNonNull(onlineServices, "onlineServices");
            return this;
        }

        /**
         * Sets a measure.
         *
         * @param id the measure's id, as an index's table names it
         * @param share its value
         * @return this builder
         */
        public Builder measure(String id, Share share) {
            this.measures.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(share, "share"));
            return this;
        }

        /**
         * Builds the evidence.
         *
         * @return the evidence
         * @throws InvalidEvidenceException if a dossier is listed twice
         */
        public Evidence build() {
            return new Evidence(this);
        }
    }
}
