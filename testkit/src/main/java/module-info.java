/**
 * motcua testkit: jqwik arbitraries for every motcua value, for users' own property-based tests.
 */
module io.github.motcua.testkit {
    requires transitive io.github.motcua.core;
    requires transitive io.github.motcua.scoring;
    requires transitive net.jqwik.api;
    requires static org.jspecify;
    // The core values carry Jackson's annotations; tools that read them, such as javadoc, need them resolved.
    requires static com.fasterxml.jackson.annotation;

    exports io.github.motcua.testkit;
    exports io.github.motcua.testkit.contract;

    // jqwik instantiates the domain and calls its provider methods reflectively.
    opens io.github.motcua.testkit;
}
