/**
 * A library user on the module path: it requires motcua's io and reporting modules and nothing of
 * the command line or the test kit. ModulePathConsumerTest compiles and runs it.
 */
module io.github.motcua.consumer {
    requires io.github.motcua.io;
    requires io.github.motcua.reporting;
}
