/**
 * File formats: dossiers as CSV and JSON Lines in and out, and per-dossier verdicts out, streamed
 * record by record. Every record read is either accepted or rejected with its record number,
 * column, value and the rule it broke; {@link io.github.motcua.io.ReadSummary} reconciles the
 * counts. The formats are described in {@code docs/formats.md}.
 */
@NullMarked
package io.github.motcua.io;

import org.jspecify.annotations.NullMarked;
