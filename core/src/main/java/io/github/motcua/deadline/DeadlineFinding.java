package io.github.motcua.deadline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Something about a dossier's deadline that breaks a rule or disagrees with the record, such as a
 * second extension, with the values that show it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadlineFinding.class)
@JsonDeserialize(as = ImmutableDeadlineFinding.class)
public abstract class DeadlineFinding {
    DeadlineFinding() {}

    /**
     * Returns what the finding reports.
     *
     * @return the kind
     */
    @Value.Parameter
    public abstract FindingKind kind();

    /**
     * Returns the values that show it, in words, such as {@code printed 2023-01-09, computed 2023-01-10}.
     *
     * @return the detail
     */
    @Value.Parameter
    public abstract String detail();

    /**
     * Obtains a finding.
     *
     * @param kind what it reports
     * @param detail the values that show it
     * @return the finding
     */
    public static DeadlineFinding of(FindingKind kind, String detail) {
        return ImmutableDeadlineFinding.of(kind, detail);
    }
}
