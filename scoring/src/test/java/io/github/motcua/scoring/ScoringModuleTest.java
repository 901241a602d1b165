package io.github.motcua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring module exports its API packages only and offers the built-in schemes as a service. */
class ScoringModuleTest {
    private static ModuleDescriptor descriptor() throws Exception {
        Path classes = Path.of(Schemes.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exportsTheApiPackagesAndNotTheInternalOne() throws Exception {
        assertThat(descriptor().exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder(
                        "io.github.motcua.evidence",
                        "io.github.motcua.ranking",
                        "io.github.motcua.rate",
                        "io.github.motcua.scoring",
                        "io.github.motcua.scoring.qd766",
                        "io.github.motcua.scoring.tt01",
                        "io.github.motcua.tally",
                        "io.github.motcua.timeliness");
    }

    @Test
    void usesAndProvidesTheSchemeProviderService() throws Exception {
        ModuleDescriptor descriptor = descriptor();

        assertThat(descriptor.uses()).containsExactly(SchemeProvider.class.getName());
        assertThat(descriptor.provides()).singleElement().satisfies(provides -> {
            assertThat(provides.service()).isEqualTo(SchemeProvider.class.getName());
            assertThat(provides.providers()).isEqualTo(List.of("io.github.motcua.scoring.internal.BuiltInSchemes"));
        });
    }
}
