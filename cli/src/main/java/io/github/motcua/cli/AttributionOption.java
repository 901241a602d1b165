package io.github.motcua.cli;

import io.github.motcua.timeliness.Attribution;
import picocli.CommandLine.Option;

/** {@code --attribute-to}: the unit a dossier counts for, in {@code report} and {@code score}. */
final class AttributionOption {
    /** The spellings of the option's values. */
    enum AttributeTo {
        /** The unit that resolves the dossier, the default. */
        RESOLVING(Attribution.RESOLVING_UNIT),
        /** The unit whose desk received the dossier, such as a one-stop department. */
        RECEIVING(Attribution.RECEIVING_UNIT);

        private final Attribution attribution;

        AttributeTo(Attribution attribution) {
            this.attribution = attribution;
        }
    }

    @Option(
            names = "--attribute-to",
            paramLabel = "resolving|receiving",
            description = "The unit a dossier counts for: resolving by default; receiving for one-stop departments.")
    AttributeTo attributeTo = AttributeTo.RESOLVING;

    Attribution attribution() {
        return attributeTo.attribution;
    }
}
