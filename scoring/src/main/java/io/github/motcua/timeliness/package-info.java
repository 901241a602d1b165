/** Timeliness: the class of each dossier in the processing report, by the rules of the law. */
@NullMarked
package io.github.motcua.timeliness;

import org.jspecify.annotations.NullMarked;
