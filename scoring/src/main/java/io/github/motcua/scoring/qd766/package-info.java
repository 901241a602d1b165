/**
 * The real-time service index of QĐ 766/QĐ-TTg (100 points) as a table-driven scheme: the
 * groups, indicators, maxima, formulas and targets are data ({@link
 * io.github.motcua.scoring.qd766.IndexTable}), which a user corrects by supplying their own table
 * without a release.
 */
@NullMarked
package io.github.motcua.scoring.qd766;

import org.jspecify.annotations.NullMarked;
