package io.github.motcua.io;

import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The units file's check: the versions of one code read so far, with their lines; none may overlap another. */
final class UnitVersions implements RecordLoop.Check<Unit> {
    private record Read(Unit unit, long line) {}

    private final Map<String, List<Read>> byCode = new HashMap<>();

    @Override
    public RecordLoop.@Nullable Problem check(Unit unit) {
        return check(unit, 0);
    }

    @Override
    public RecordLoop.@Nullable Problem check(Unit unit, long line) {
        List<Read> versions = byCode.computeIfAbsent(unit.code(), code -> new ArrayList<>());
        for (Read earlier : versions) {
            boolean laterStart = unit.effectiveFrom().isBefore(earlier.unit().effectiveFrom());
            Optional<String> overlap = laterStart
                    ? UnitDirectory.overlap(unit, earlier.unit())
                    : UnitDirectory.overlap(earlier.unit(), unit);
            if (overlap.isPresent()) {
                return new RecordLoop.Problem(
                        "effectiveFrom",
                        unit.effectiveFrom().toString(),
                        "unit " + unit.code() + ": this version (line " + line + ") and the version of line "
                                + earlier.line() + " overlap: " + overlap.get());
            }
        }
        versions.add(new Read(unit, line));
        return null;
    }
}
