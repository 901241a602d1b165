/**
 * motcua core: the immutable model of dossiers, procedures and units, and Vietnam's civil time.
 *
 * <p>The module touches no file, network, clock or environment: time and data come in as
 * arguments. Jackson is optional: the values carry its annotations so that their JSON form is
 * defined next to them, and the value packages are open to it.
 */
module io.github.motcua.core {
    requires static org.jspecify;
    requires static org.immutables.value;
    requires static com.fasterxml.jackson.annotation;
    requires static com.fasterxml.jackson.databind;

    exports io.github.motcua;
    exports io.github.motcua.calendar;
    exports io.github.motcua.deadline;
    exports io.github.motcua.dossier;
    exports io.github.motcua.excusal;
    exports io.github.motcua.feedback;
    exports io.github.motcua.lunar;
    exports io.github.motcua.period;
    exports io.github.motcua.procedure;
    exports io.github.motcua.unit;

    opens io.github.motcua.calendar to
            com.fasterxml.jackson.databind;
    opens io.github.motcua.deadline to
            com.fasterxml.jackson.databind;
    opens io.github.motcua.dossier to
            com.fasterxml.jackson.databind;
    opens io.github.motcua.excusal to
            com.fasterxml.jackson.databind;
    opens io.github.motcua.feedback to
            com.fasterxml.jackson.databind;
    opens io.github.motcua.procedure to
            com.fasterxml.jackson.databind;
    opens io.github.motcua.unit to
            com.fasterxml.jackson.databind;
}
