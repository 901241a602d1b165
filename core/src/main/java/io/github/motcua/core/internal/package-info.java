/** Implementation support shared by the packages of motcua-core. Not exported. */
@NullMarked
package io.github.motcua.core.internal;

import org.jspecify.annotations.NullMarked;
