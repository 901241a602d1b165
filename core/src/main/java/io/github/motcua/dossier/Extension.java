package io.github.motcua.dossier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An apology with a new appointment date (xin lỗi và hẹn lại ngày trả kết quả, Mẫu 04 of
 * TT 01/2018/TT-VPCP and of TT 03/2025/TT-VPCP).
 *
 * <p>The law allows one extension, issued at least one day before the due date (NĐ 61/2018/NĐ-CP
 * Điều 19.9). A dossier can nevertheless hold several, so that a second extension or a late
 * apology can be reported as a finding rather than lost.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExtension.class)
@JsonDeserialize(as = ImmutableExtension.class)
public abstract class Extension {
    Extension() {}

    /**
     * Returns when the written apology was issued.
     *
     * @return the issue instant
     */
    @Value.Parameter
    public abstract Instant apologyIssuedAt();

    /**
     * Returns the new appointment date promised in the apology.
     *
     * @return the new date
     */
    @Value.Parameter
    public abstract LocalDate newAppointmentDate();

    /**
     * Obtains an extension.
     *
     * @param apologyIssuedAt when the apology was issued
     * @param newAppointmentDate the new appointment date
     * @return the extension
     */
    public static Extension of(Instant apologyIssuedAt, LocalDate newAppointmentDate) {
        return ImmutableExtension.of(apologyIssuedAt, newAppointmentDate);
    }
}
