/**
 * The working calendar of Vietnam's civil service: which days are working days, and arithmetic in
 * working days, from the yearly schedule of days off and make-up working days, each with the
 * notice that set it.
 */
@NullMarked
@ValueStyle
package io.github.motcua.calendar;

import io.github.motcua.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
