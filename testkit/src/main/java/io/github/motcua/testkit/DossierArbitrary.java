package io.github.motcua.testkit;

import io.github.motcua.dossier.Dossier;
import java.time.LocalDate;
import java.util.Collection;
import net.jqwik.api.Arbitrary;

/**
 * Generates valid dossiers: pending or ended with any outcome, with supplement requests,
 * extensions, handling steps, evaluations and complaints in a consistent order.
 *
 * <p>By default dossiers are received between 1 May 2013 (the start of the working calendar's
 * range) and 31 December 2026, for procedure codes and unit codes made up on the fly. Each
 * configuration method returns a new arbitrary and leaves this one as it was.
 */
public interface DossierArbitrary extends Arbitrary<Dossier> {

    /**
     * Restricts the day of receipt (in Vietnam) to a closed range.
     *
     * @param first the first possible day of receipt
     * @param last the last possible day of receipt, not before {@code first}
     * @return a new arbitrary
     * @throws java.time.DateTimeException if {@code last} is before {@code first}
     */
    DossierArbitrary receivedBetween(LocalDate first, LocalDate last);

    /**
     * Draws procedure codes from a given set, such as the codes of a catalogue under test.
     *
     * @param codes the procedure codes, not empty
     * @return a new arbitrary
     * @throws IllegalArgumentException if {@code codes} is empty
     */
    DossierArbitrary procedureCodes(Collection<String> codes);

    /**
     * Draws receiving and resolving unit codes from a given set, such as the codes of a unit
     * master list under test.
     *
     * @param codes the unit codes, not empty
     * @return a new arbitrary
     * @throws IllegalArgumentException if {@code codes} is empty
     */
    DossierArbitrary unitCodes(Collection<String> codes);
}
