package io.github.motcua.cli;

import io.github.motcua.cli.job.Version;
import picocli.CommandLine.IVersionProvider;

/** Reads the version that the build wrote into {@code version.properties}. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"motcua " + Version.text()};
    }
}
