package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.unit.Unit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

@Domain(MotcuaDomain.class)
class ValueEqualityProperties {

    @Property
    void aCopiedDossierIsEqualAndHasTheSameHashCode(@ForAll Dossier dossier) {
        Dossier copy = Dossier.builder().from(dossier).build();

        assertThat(copy).isNotSameAs(dossier).isEqualTo(dossier).hasSameHashCodeAs(dossier);
    }

    @Property
    void dossiersThatDifferInOneFieldAreNotEqual(@ForAll Dossier dossier) {
        Dossier other = Dossier.builder().from(dossier).id(dossier.id() + "X").build();

        assertThat(other).isNotEqualTo(dossier);
    }

    @Property
    void aCopiedProcedureIsEqualAndHasTheSameHashCode(@ForAll Procedure procedure) {
        Procedure copy = Procedure.builder().from(procedure).build();

        assertThat(copy).isNotSameAs(procedure).isEqualTo(procedure).hasSameHashCodeAs(procedure);
    }

    @Property
    void aCopiedUnitIsEqualAndHasTheSameHashCode(@ForAll Unit unit) {
        Unit copy = Unit.builder().from(unit).build();

        assertThat(copy).isNotSameAs(unit).isEqualTo(unit).hasSameHashCodeAs(unit);
    }
}
