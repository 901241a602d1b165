/**
 * Code shared by the module's packages; not exported, not API.
 */
@NullMarked
package io.github.motcua.io.internal;

import org.jspecify.annotations.NullMarked;
