/**
 * Rankings of scorecards under one scheme: a declared tie rule, ordered tie-breakers, and the
 * members of each band in ranking order.
 */
@NullMarked
package io.github.motcua.ranking;

import org.jspecify.annotations.NullMarked;
