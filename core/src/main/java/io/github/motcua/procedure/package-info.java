/**
 * Administrative procedures (thủ tục hành chính) as listed in the national database: their
 * codes, fields, legal processing times and inter-agency steps.
 */
@NullMarked
@ValueStyle
package io.github.motcua.procedure;

import io.github.motcua.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
