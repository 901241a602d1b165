package io.github.motcua.cli.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of motcua, which the build wrote into {@code version.properties}. */
public final class Version {
    private Version() {}

    /**
     * Returns the version, such as {@code 0.1.0-SNAPSHOT}.
     *
     * @return the version
     * @throws IllegalStateException if the jar lacks its version
     */
    public static String text() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/io/github/motcua/cli/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the motcua jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
        return properties.getProperty("version", "unknown");
    }
}
