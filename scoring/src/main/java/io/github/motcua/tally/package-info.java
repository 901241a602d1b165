/**
 * Tallies: the counts of the processing report (Biểu 06) per key, filled in one pass and merged
 * across threads or machines with the same associative, commutative merge.
 */
@NullMarked
package io.github.motcua.tally;

import org.jspecify.annotations.NullMarked;
