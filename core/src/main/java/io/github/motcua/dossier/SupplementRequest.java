package io.github.motcua.dossier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to the applicant to supplement or complete a dossier (yêu cầu bổ sung, hoàn thiện hồ
 * sơ) during appraisal, and when the applicant answered it.
 *
 * <p>Under NĐ 61/2018/NĐ-CP Điều 19.4 the processing time restarts when the complete dossier
 * arrives; the national index instead subtracts the waiting time. Which one applies is a policy
 * of the deadline rules, not of this value. The order of the two instants, and how requests of
 * one dossier relate to each other, are checked when the {@link Dossier} is built, so that the
 * message names the dossier.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSupplementRequest.class)
@JsonDeserialize(as = ImmutableSupplementRequest.class)
public abstract class SupplementRequest {
    SupplementRequest() {}

    /**
     * Returns when the request was sent to the applicant.
     *
     * @return the request instant
     */
    @Value.Parameter
    public abstract Instant requestedAt();

    /**
     * Returns when the applicant delivered the complete dossier.
     *
     * @return the answer instant, or empty while the body waits for the applicant
     */
    @Value.Parameter
    public abstract Optional<Instant> answeredAt();

    /**
     * Obtains an answered request.
     *
     * @param requestedAt when the request was sent
     * @param answeredAt when the applicant answered
     * @return the request
     */
    public static SupplementRequest of(Instant requestedAt, Instant answeredAt) {
        return ImmutableSupplementRequest.of(requestedAt, Optional.of(answeredAt));
    }

    /**
     * Obtains a request the applicant has not answered yet.
     *
     * @param requestedAt when the request was sent
     * @return the request
     */
    public static SupplementRequest unanswered(Instant requestedAt) {
        return ImmutableSupplementRequest.of(requestedAt, Optional.empty());
    }
}
