package io.github.motcua.dossier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.InvalidValueException;
import io.github.motcua.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A reason recorded on one dossier for excusing its lateness, such as a court order that
 * suspended processing.
 *
 * <p>An excused dossier stays late in the official figures and counts as on time in the adjusted
 * ones; reports show both. Excusals that cover many dossiers (a system outage) are intervals
 * kept apart from the dossiers.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDossierExcusal.class)
@JsonDeserialize(as = ImmutableDossierExcusal.class)
public abstract class DossierExcusal {
    DossierExcusal() {}

    /**
     * Returns a short code for the reason, for grouping in reports.
     *
     * @return the code, not blank
     */
    @Value.Parameter
    public abstract String reasonCode();

    /**
     * Returns the reason in words, as it will be quoted in reports.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String reasonText();

    /**
     * Obtains an excusal.
     *
     * @param reasonCode a short code for the reason, not blank
     * @param reasonText the reason in words, not blank
     * @return the excusal
     * @throws InvalidValueException if the code or the text is blank
     */
    public static DossierExcusal of(String reasonCode, String reasonText) {
        return ImmutableDossierExcusal.of(reasonCode, reasonText);
    }

    @Value.Check
    void check() {
        Checks.requireNonBlank("DossierExcusal", reasonCode(), "reasonCode", reasonCode());
        Checks.requireNonBlank("DossierExcusal", reasonCode(), "reasonText", reasonText());
    }
}
