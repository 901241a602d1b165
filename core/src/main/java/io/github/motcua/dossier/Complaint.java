package io.github.motcua.dossier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.InvalidValueException;
import io.github.motcua.core.internal.Checks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A complaint (phản ánh, kiến nghị) about how one dossier was processed.
 *
 * <p>Only a verified complaint lowers indicator 7 of TT 01/2018/TT-VPCP (attitude of officials).
 * When it was filed relative to the dossier's receipt is checked when the {@link Dossier} is
 * built.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComplaint.class)
@JsonDeserialize(as = ImmutableComplaint.class)
public abstract class Complaint {
    Complaint() {}

    /**
     * Returns when the complaint was filed.
     *
     * @return the filing instant
     */
    @Value.Parameter
    public abstract Instant filedAt();

    /**
     * Returns whether the competent body verified the complaint as founded.
     *
     * @return true if verified
     */
    @Value.Parameter
    public abstract boolean verified();

    /**
     * Returns what the complaint is about, in the applicant's or the clerk's words.
     *
     * @return the subject, not blank
     */
    @Value.Parameter
    public abstract String subject();

    /**
     * Obtains a complaint.
     *
     * @param filedAt when it was filed
     * @param verified whether it was verified as founded
     * @param subject what it is about, not blank
     * @return the complaint
     * @throws InvalidValueException if the subject is blank
     */
    public static Complaint of(Instant filedAt, boolean verified, String subject) {
        return ImmutableComplaint.of(filedAt, verified, subject);
    }

    @Value.Check
    void check() {
        Checks.requireNonBlank("Complaint", "", "subject", subject());
    }
}
