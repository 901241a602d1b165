/**
 * Code shared by the module's packages; not exported, not API.
 */
@NullMarked
package io.github.motcua.reporting.internal;

import org.jspecify.annotations.NullMarked;
