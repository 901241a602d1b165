/** The {@code motcua} command line. */
@NullMarked
package io.github.motcua.cli;

import org.jspecify.annotations.NullMarked;
