/**
 * A load generator for {@code motcua serve}: single deadline requests with keep-alive from
 * concurrent clients, and dossiers streamed through {@code POST /v1/verdicts}. Run {@link
 * io.github.motcua.benchmarks.serve.LoadGenerator}; see BENCHMARKS.md.
 */
@NullMarked
package io.github.motcua.benchmarks.serve;

import org.jspecify.annotations.NullMarked;
