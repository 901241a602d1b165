package io.github.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    private static ModuleDescriptor coreDescriptor() throws IOException, URISyntaxException {
        Path classes = Path.of(Dossier.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void coreExportsTheApiPackagesAndNothingElse() throws Exception {
        ModuleDescriptor descriptor = coreDescriptor();

        assertThat(descriptor.name()).isEqualTo("io.github.motcua.core");
        assertThat(descriptor.exports().stream()
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "io.github.motcua",
                        "io.github.motcua.calendar",
                        "io.github.motcua.deadline",
                        "io.github.motcua.dossier",
                        "io.github.motcua.excusal",
                        "io.github.motcua.feedback",
                        "io.github.motcua.lunar",
                        "io.github.motcua.period",
                        "io.github.motcua.procedure",
                        "io.github.motcua.unit");
        assertThat(descriptor.exports()).allMatch(export -> !export.isQualified());
    }

    @Test
    void coreOpensTheValuePackagesToJacksonOnly() throws Exception {
        ModuleDescriptor descriptor = coreDescriptor();

        assertThat(descriptor.opens())
                .extracting(ModuleDescriptor.Opens::source)
                .containsExactlyInAnyOrder(
                        "io.github.motcua.calendar",
                        "io.github.motcua.deadline",
                        "io.github.motcua.dossier",
                        "io.github.motcua.excusal",
                        "io.github.motcua.feedback",
                        "io.github.motcua.procedure",
                        "io.github.motcua.unit");
        assertThat(descriptor.opens())
                .allSatisfy(opens -> assertThat(opens.targets()).containsExactly("com.fasterxml.jackson.databind"));
    }

    @Test
    void coreNeedsNoLibraryAtRunTime() throws Exception {
        assertThat(coreDescriptor().requires())
                .filteredOn(requires -> !requires.name().startsWith("java."))
                .allSatisfy(requires ->
                        assertThat(requires.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }
}
