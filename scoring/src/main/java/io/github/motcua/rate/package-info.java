/**
 * Rates: the on-time and late shares of docs/rules.md §4, each definition named, computed
 * exactly and rounded explicitly, with "no data" for a zero denominator.
 */
@NullMarked
package io.github.motcua.rate;

import org.jspecify.annotations.NullMarked;
