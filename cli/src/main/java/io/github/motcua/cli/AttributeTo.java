package io.github.motcua.cli;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.timeliness.Attribution;

/** The unit a dossier counts for in {@code report} and {@code score}: {@code --attribute-to}. */
enum AttributeTo {
    /** The unit that resolves the dossier, the default. */
    RESOLVING(Attribution.RESOLVING_UNIT),
    /** The unit whose desk received the dossier, such as a one-stop department. */
    RECEIVING(Attribution.RECEIVING_UNIT);

    private final Attribution attribution;

    AttributeTo(Attribution attribution) {
        this.attribution = attribution;
    }

    Attribution attribution() {
        return attribution;
    }

    String unitOf(Dossier dossier) {
        return this == RECEIVING ? dossier.receivingUnitCode() : dossier.resolvingUnitCode();
    }
}
