package io.github.motcua.cli.serve;

import sun.misc.Signal;

/** SIGHUP, the signal that asks a service to read its configuration again; absent on Windows. */
final class Hangup {
    private Hangup() {}

    /** Runs an action on each SIGHUP, where the system has the signal. */
    @SuppressWarnings("restriction")
    static void onSignal(Runnable action) {
        try {
            Signal.handle(new Signal("HUP"), signal -> action.run());
        } catch (IllegalArgumentException absent) {
            // no SIGHUP here (Windows), or the JVM keeps it (-Xrs): reload over HTTP instead
        }
    }
}
