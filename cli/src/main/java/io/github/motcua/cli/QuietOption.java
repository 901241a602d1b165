package io.github.motcua.cli;

import picocli.CommandLine.Option;

/** {@code --quiet} (a mixin): no progress line on standard error ({@link Progress}). */
final class QuietOption {
    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;
}
