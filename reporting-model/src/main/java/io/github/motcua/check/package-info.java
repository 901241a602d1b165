/**
 * The consistency checker for published figures: which of a report's identities fail, and which
 * rate definitions and roundings reproduce its stated percentages.
 */
@NullMarked
package io.github.motcua.check;

import org.jspecify.annotations.NullMarked;
