/**
 * Report values: the processing report (Biểu 06/VPCP/KSTT), the feedback report (Biểu 05/VPCP/KSTT)
 * and the evaluation report, which check their own sums when built; their output as CSV and text
 * tables; and {@link io.github.motcua.report.NarrativeRenderer}, which writes their sections in
 * Vietnamese or English in the style of published reports.
 */
@NullMarked
package io.github.motcua.report;

import org.jspecify.annotations.NullMarked;
