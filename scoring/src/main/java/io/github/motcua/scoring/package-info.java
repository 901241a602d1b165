/**
 * The scoring API: a {@link io.github.motcua.scoring.Criterion} turns evidence into points with an
 * explanation; a {@link io.github.motcua.scoring.ScoringScheme} is an identified, versioned,
 * effective-dated set of criteria with a rounding rule, a missing-data policy and
 * {@link io.github.motcua.scoring.Bands}; scoring evidence gives a
 * {@link io.github.motcua.scoring.Scorecard}. Schemes are found by id in
 * {@link io.github.motcua.scoring.Schemes}, which discovers them through {@link
 * java.util.ServiceLoader} ({@link io.github.motcua.scoring.SchemeProvider}).
 *
 * <p>Every number explains itself: a criterion's score carries the counts and the dossier ids
 * behind it.
 */
@NullMarked
package io.github.motcua.scoring;

import org.jspecify.annotations.NullMarked;
