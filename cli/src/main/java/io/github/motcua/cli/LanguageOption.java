package io.github.motcua.cli;

import io.github.motcua.Language;
import picocli.CommandLine.Option;

/** {@code --lang}: the language of the text a command prints. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "vi|en", description = "Language of the text: ${COMPLETION-CANDIDATES}.")
    Language language = Language.VI;
}
