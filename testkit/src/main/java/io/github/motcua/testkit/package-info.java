/**
 * jqwik arbitraries for motcua's values: {@link io.github.motcua.testkit.MotcuaArbitraries} for
 * use in code and {@link io.github.motcua.testkit.MotcuaDomain} for {@code @ForAll} parameters.
 * Every generated value is valid: it passes the checks of its builder.
 */
@NullMarked
package io.github.motcua.testkit;

import org.jspecify.annotations.NullMarked;
