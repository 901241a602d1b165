/** Short runnable examples of the motcua API; each is quoted in the README and run by the build. */
@NullMarked
package io.github.motcua.examples;

import org.jspecify.annotations.NullMarked;
