/** Implementation support for the scoring packages. Not exported. */
@NullMarked
package io.github.motcua.scoring.internal;

import org.jspecify.annotations.NullMarked;
