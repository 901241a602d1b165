package io.github.motcua.cli.serve;

import io.github.motcua.cli.job.MasterData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The master files the service was started with, read at start and again at each reload; a request
 * never names a file.
 *
 * @param units the units file
 * @param procedures the procedures file
 * @param excusals the excusal intervals file, or null for none
 */
record MasterFilesToServe(
        Path units, Path procedures, @Nullable Path excusals) {
    /** Reads the files strictly, as {@code motcua report} reads them. */
    Snapshot load() throws IOException {
        return new Snapshot(MasterData.read(units, procedures, excusals), Instant.now());
    }
}
