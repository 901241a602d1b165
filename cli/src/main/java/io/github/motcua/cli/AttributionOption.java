package io.github.motcua.cli;

import io.github.motcua.cli.job.RuleChoices;
import io.github.motcua.timeliness.Attribution;
import picocli.CommandLine.Option;

/** {@code --attribute-to}: the unit a dossier counts for, in {@code report} and {@code score}. */
final class AttributionOption {
    @Option(
            names = "--attribute-to",
            paramLabel = "resolving|receiving",
            description = "The unit a dossier counts for: resolving by default; receiving for one-stop departments.")
    RuleChoices.AttributeTo attributeTo = RuleChoices.AttributeTo.RESOLVING;

    Attribution attribution() {
        return attributeTo.attribution();
    }
}
