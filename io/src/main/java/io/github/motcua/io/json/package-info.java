/** The JSON form of motcua's values, defined once for every reader and writer. */
@NullMarked
package io.github.motcua.io.json;

import org.jspecify.annotations.NullMarked;
