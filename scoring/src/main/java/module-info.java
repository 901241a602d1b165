/**
 * motcua scoring: timeliness, tallies, rates, scoring schemes and rankings.
 *
 * <p>Like the core module it touches no file, network, clock or environment.
 */
module io.github.motcua.scoring {
    requires transitive io.github.motcua.core;
    requires static org.jspecify;
    // The core values carry Jackson's annotations; tools that read them, such as javadoc, need them resolved.
    requires static com.fasterxml.jackson.annotation;

    exports io.github.motcua.evidence;
    exports io.github.motcua.ranking;
    exports io.github.motcua.rate;
    exports io.github.motcua.scoring;
    exports io.github.motcua.scoring.qd766;
    exports io.github.motcua.scoring.tt01;
    exports io.github.motcua.tally;
    exports io.github.motcua.timeliness;

    uses io.github.motcua.scoring.SchemeProvider;

    provides io.github.motcua.scoring.SchemeProvider with
            io.github.motcua.scoring.internal.BuiltInSchemes;
}
