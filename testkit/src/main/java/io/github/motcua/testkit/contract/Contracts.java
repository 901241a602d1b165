package io.github.motcua.testkit.contract;

import java.util.Objects;

/** Failing a contract: an {@link AssertionError} with the rule that was broken. */
final class Contracts {
    private Contracts() {}

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
