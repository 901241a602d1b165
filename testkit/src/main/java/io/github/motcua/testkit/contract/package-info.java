/**
 * Contract tests that a user's own {@link io.github.motcua.scoring.Criterion} or {@link
 * io.github.motcua.scoring.ScoringScheme} inherits: extend the class, return the implementation,
 * and jqwik runs the properties on generated evidence.
 *
 * <pre>{@code
 * class MyCriterionContractTest extends CriterionContract {
 *     @Override
 *     protected Criterion criterion() {
 *         return new MyCriterion();
 *     }
 * }
 * }</pre>
 */
@NullMarked
package io.github.motcua.testkit.contract;

import org.jspecify.annotations.NullMarked;
