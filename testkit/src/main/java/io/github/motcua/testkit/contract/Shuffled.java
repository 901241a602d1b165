package io.github.motcua.testkit.contract;

import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Evidence with its dossiers in another order. */
final class Shuffled {
    private Shuffled() {}

    static Evidence of(Evidence evidence, Random random) {
        List<DossierEvidence> dossiers = new ArrayList<>(evidence.dossiers());
        Collections.shuffle(dossiers, random);
        return evidence.withDossiers(dossiers);
    }
}
