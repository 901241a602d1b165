/**
 * motcua sample: the Thuận Châu 2023 sample data set, which reproduces the founding report, its
 * evaluation evidence, and a deterministic generator of synthetic dossier sets of any size.
 *
 * <p>Every value is synthetic and labelled so. The module needs no test library.
 */
module io.github.motcua.sample {
    requires transitive io.github.motcua.core;
    requires transitive io.github.motcua.scoring;
    requires static org.jspecify;
    // The core values carry Jackson's annotations; tools that read them, such as javadoc, need them resolved.
    requires static com.fasterxml.jackson.annotation;

    exports io.github.motcua.sample;
}
