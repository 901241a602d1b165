package io.github.motcua.testkit;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.deadline.LateRequestPolicy;
import io.github.motcua.deadline.SupplementPolicy;
import io.github.motcua.timeliness.Attribution;
import io.github.motcua.timeliness.EndInstantPolicy;
import io.github.motcua.timeliness.ExtensionPolicy;
import io.github.motcua.timeliness.Granularity;
import io.github.motcua.timeliness.RepeatedSupplementPolicy;
import io.github.motcua.timeliness.TimelinessClassifier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One choice of every named policy of the deadline and timeliness rules: the configuration matrix
 * (192 combinations) that the laws run over, so that a rule that holds under the defaults only, or
 * a policy that is ignored, fails them. Counterexamples print the combination.
 */
record Policies(
        SupplementPolicy supplements,
        LateRequestPolicy lateRequests,
        Granularity granularity,
        ExtensionPolicy extensions,
        RepeatedSupplementPolicy repeatedSupplements,
        EndInstantPolicy endInstant,
        Attribution attribution) {

    /** Every combination of the named policies. */
    static Arbitrary<Policies> all() {
        return Combinators.combine(
                        Arbitraries.of(SupplementPolicy.class),
                        Arbitraries.of(LateRequestPolicy.class),
                        Arbitraries.of(Granularity.class),
                        Arbitraries.of(ExtensionPolicy.class),
                        Arbitraries.of(RepeatedSupplementPolicy.class),
                        Arbitraries.of(EndInstantPolicy.class),
                        Arbitraries.of(Attribution.class))
                .as(Policies::new);
    }

    /** The same choices with another supplement policy. */
    Policies with(SupplementPolicy policy) {
        return new Policies(
                policy, lateRequests, granularity, extensions, repeatedSupplements, endInstant, attribution);
    }

    /** The deadline rules of the fixtures' catalogue under these choices. */
    DeadlineRules rules() {
        return DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(Fixtures.CATALOGUE)
                .supplementPolicy(supplements)
                .lateRequests(lateRequests)
                .build();
    }

    /** The classifier of the fixtures' catalogue under these choices. */
    TimelinessClassifier classifier() {
        return TimelinessClassifier.builder()
                .deadlineRules(rules())
                .granularity(granularity)
                .extensionPolicy(extensions)
                .repeatedSupplements(repeatedSupplements)
                .endInstantPolicy(endInstant)
                .attribution(attribution)
                .build();
    }
}
