package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.InvalidValueException;
import io.github.motcua.VietnamTime;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.dossier.SupplementRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Every generated dossier, broken in one way, is rejected with the message its Javadoc states. */
class DossierInvariantProperties {

    @Provide
    Arbitrary<Dossier> ended() {
        return MotcuaArbitraries.dossiers().filter(dossier -> dossier.outcome().isPresent());
    }

    @Provide
    Arbitrary<Dossier> pending() {
        return MotcuaArbitraries.dossiers()
                .filter(dossier -> dossier.outcome().isEmpty())
                .map(dossier -> Dossier.builder()
                        .from(dossier)
                        .supplementRequests(List.of())
                        .build());
    }

    private static void assertRejected(Dossier.Builder builder, Dossier original, String field, String rule) {
        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> {
                    assertThat(invalid.valueType()).isEqualTo("Dossier");
                    assertThat(invalid.valueId()).isEqualTo(original.id());
                    assertThat(invalid.field()).isEqualTo(field);
                })
                .hasMessageStartingWith("Dossier '" + original.id() + "': " + field + " = ")
                .hasMessageContaining(rule);
    }

    @Property
    void anEndBeforeReceiptIsRejected(
            @ForAll("ended") Dossier dossier, @ForAll @LongRange(min = 1, max = 10_000_000) long secondsEarly) {
        Instant early = dossier.receivedAt().minusSeconds(secondsEarly);
        Dossier.Builder broken = Dossier.builder()
                .from(dossier)
                .resultReadyAt(Optional.empty())
                .supplementRequests(List.of())
                .returnedAt(early);

        assertRejected(
                broken,
                dossier,
                "returnedAt",
                "must not be before receivedAt (" + VietnamTime.format(dossier.receivedAt()) + ")");
    }

    @Property
    void anOutcomeWithoutAnEndIsRejected(@ForAll("ended") Dossier dossier) {
        Dossier.Builder broken =
                Dossier.builder().from(dossier).resultReadyAt(Optional.empty()).returnedAt(Optional.empty());

        String rule = dossier.outcome().orElseThrow() == Outcome.RESOLVED
                ? "a resolved dossier needs resultReadyAt or returnedAt"
                : "needs returnedAt";
        assertRejected(broken, dossier, "outcome", rule);
    }

    @Property
    void anEndWithoutAnOutcomeIsRejected(@ForAll("ended") Dossier dossier) {
        Dossier.Builder broken = Dossier.builder().from(dossier).outcome(Optional.empty());

        String field = dossier.returnedAt().isPresent() ? "returnedAt" : "resultReadyAt";
        assertRejected(broken, dossier, field, "a dossier with an end instant must have an outcome");
    }

    @Property
    void aSupplementAnsweredBeforeItWasRequestedIsRejected(
            @ForAll("pending") Dossier dossier,
            @ForAll @LongRange(min = 1, max = 1_000_000) long offset,
            @ForAll @LongRange(min = 1, max = 1_000_000) long secondsEarly) {
        Instant requested = dossier.receivedAt().plusSeconds(offset);
        Dossier.Builder broken = Dossier.builder()
                .from(dossier)
                .addSupplementRequests(SupplementRequest.of(requested, requested.minusSeconds(secondsEarly)));

        assertRejected(
                broken,
                dossier,
                "supplementRequests[0].answeredAt",
                "must not be before supplementRequests[0].requestedAt (" + VietnamTime.format(requested) + ")");
    }

    @Property
    void overlappingSupplementsAreRejected(
            @ForAll("pending") Dossier dossier,
            @ForAll @LongRange(min = 0, max = 1_000_000) long offset,
            @ForAll @LongRange(min = 2, max = 1_000_000) long length,
            @ForAll @LongRange(min = 1, max = 1_000_000) long overlap) {
        Assume.that(overlap < length);
        Instant first = dossier.receivedAt().plusSeconds(offset);
        Instant answered = first.plusSeconds(length);
        Instant second = answered.minusSeconds(overlap);
        Dossier.Builder broken = Dossier.builder()
                .from(dossier)
                .addSupplementRequests(SupplementRequest.of(first, answered))
                .addSupplementRequests(SupplementRequest.unanswered(second));

        assertRejected(
                broken,
                dossier,
                "supplementRequests[1].requestedAt",
                "must not be before supplementRequests[0].answeredAt (" + VietnamTime.format(answered) + ")");
    }

    @Property
    void aBlankCodeIsRejected(@ForAll("pending") Dossier dossier) {
        assertRejected(
                Dossier.builder().from(dossier).procedureCode(" "), dossier, "procedureCode", "must not be blank");
    }
}
