package io.github.motcua.testkit.contract;

import io.github.motcua.evidence.Evidence;
import io.github.motcua.testkit.MotcuaArbitraries;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** What the contracts share: the evidence they run on, and failing with the rule that was broken. */
abstract class EvidenceContract {
    EvidenceContract() {}

    /**
     * Returns the evidence the properties run on.
     *
     * @return an arbitrary of evidence; {@link MotcuaArbitraries#evidence()} unless overridden
     */
    protected Arbitrary<Evidence> evidence() {
        return MotcuaArbitraries.evidence();
    }

    @Provide
    Arbitrary<Evidence> contractEvidence() {
        return evidence();
    }

    static void check(boolean holds, String message) {
        if (!holds) {
            throw new AssertionError(message);
        }
    }

    static void checkEqual(Object first, Object second, String what) {
        if (!Objects.equals(first, second)) {
            throw new AssertionError(what + " changed the result: " + first + " then " + second);
        }
    }
}
