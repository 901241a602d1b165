/**
 * Evidence for scoring: the facts of each dossier (its class, its steps against their allotments,
 * the applicant's evaluation, verified complaints) and the typed unit-level facts a caller supplies
 * (processing at the desk, publication, feedback handling, online services).
 *
 * <p>{@link io.github.motcua.evidence.DossierEvidence#of} derives a dossier's facts from the
 * timeliness engine's verdict and deadline, so that every score rests on the same classification as
 * the processing report.
 */
@NullMarked
package io.github.motcua.evidence;

import org.jspecify.annotations.NullMarked;
