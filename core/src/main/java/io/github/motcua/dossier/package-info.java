/**
 * Dossiers (hồ sơ): one application for one procedure, from receipt to its end, with the
 * supplement requests, extensions, handling steps and evaluations recorded along the way.
 */
@NullMarked
@ValueStyle
package io.github.motcua.dossier;

import io.github.motcua.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
