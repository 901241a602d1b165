/**
 * motcua on Apache Spark: dossier files read where the data lives by motcua's own record parser,
 * and the same verdicts, processing report (Biểu 06) and scores as the single-machine library,
 * equal for any partitioning. The entry point is {@link io.github.motcua.spark.MotcuaSpark}; a job
 * is described by a {@link io.github.motcua.spark.SparkRequest}.
 */
@NullMarked
package io.github.motcua.spark;

import org.jspecify.annotations.NullMarked;
