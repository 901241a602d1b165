/** JMH benchmarks of motcua's hot paths: {@code java -jar benchmarks/target/benchmarks.jar}. */
@NullMarked
package io.github.motcua.benchmarks;

import org.jspecify.annotations.NullMarked;
