/**
 * The built-in schemes of TT 01/2018/TT-VPCP (Điều 12–15): nine indicators of 0, 1 or 2 points for
 * units and one-stop departments (maximum 18), five of them for officials (maximum 10), and the
 * variants provinces use, each a derivation with its own id.
 */
@NullMarked
package io.github.motcua.scoring.tt01;

import org.jspecify.annotations.NullMarked;
