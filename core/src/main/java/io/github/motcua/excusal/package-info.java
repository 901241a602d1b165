/**
 * Excused lateness: intervals such as a system outage during which late dossiers are excused in the
 * adjusted figures, kept apart from the working calendar so that they never move a due date.
 */
@NullMarked
@ValueStyle
package io.github.motcua.excusal;

import io.github.motcua.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
