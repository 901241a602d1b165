package io.github.motcua.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TimelinessTest {

    @Test
    void resolvedAndPendingAreTheBieu06ColumnsSevenAndEleven() {
        assertThat(EnumSet.allOf(Timeliness.class))
                .filteredOn(Timeliness::isResolved)
                .containsExactly(Timeliness.EARLY, Timeliness.ON_TIME, Timeliness.LATE);
        assertThat(EnumSet.allOf(Timeliness.class))
                .filteredOn(Timeliness::isPending)
                .containsExactly(Timeliness.PENDING_WITHIN, Timeliness.PENDING_OVERDUE);
    }

    @Test
    void refusedWithdrawnAndStoppedAreNeitherResolvedNorPending() {
        for (Timeliness other : EnumSet.of(Timeliness.REFUSED, Timeliness.WITHDRAWN, Timeliness.STOPPED)) {
            assertThat(other.isResolved()).isFalse();
            assertThat(other.isPending()).isFalse();
        }
    }
}
