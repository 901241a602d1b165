/**
 * The end-to-end comparison: the same Biểu 06 figures from the same CSV file, computed by motcua's
 * parallel streaming report path and by DuckDB's SQL, checked equal, then timed as whole processes
 * and inside one JVM. Run {@link io.github.motcua.benchmarks.endtoend.EndToEnd}; see BENCHMARKS.md.
 */
@NullMarked
package io.github.motcua.benchmarks.endtoend;

import org.jspecify.annotations.NullMarked;
