/**
 * What every part of the model shares: Vietnam's civil time, closed ranges of dates and the
 * exception that rejects an invalid value.
 */
@NullMarked
package io.github.motcua;

import org.jspecify.annotations.NullMarked;
