/**
 * Deadlines: the due date of each dossier under the law's day-counting rules, with every disputed
 * point a named policy (supplement requests restart or pause the clock, cut-off hours, extensions).
 */
@NullMarked
@ValueStyle
package io.github.motcua.deadline;

import io.github.motcua.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
