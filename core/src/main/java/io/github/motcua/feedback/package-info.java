/**
 * Feedback and recommendations about administrative procedures (phản ánh, kiến nghị, PAKN): the
 * items a unit received and how it handled them, from which the feedback report (Biểu 05) and
 * indicator 8 of TT 01/2018/TT-VPCP are computed.
 */
@NullMarked
@ValueStyle
package io.github.motcua.feedback;

import io.github.motcua.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
