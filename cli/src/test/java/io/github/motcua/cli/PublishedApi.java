package io.github.motcua.cli;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.util.List;

/**
 * The top-level classes of the published modules' exported packages (core, scoring, io,
 * reporting-model), as the API tests walk them: not internal packages, Immutables' generated
 * implementations, the command line, the sample, the test kit, benchmarks, examples or tests.
 */
final class PublishedApi {
    private PublishedApi() {}

    /** The classes, loaded. */
    static List<Class<?>> topLevelClasses() throws IOException {
        return ClassPath.from(PublishedApi.class.getClassLoader())
                .getTopLevelClassesRecursive("io.github.motcua")
                .stream()
                .filter(info -> published(info.getName()))
                .<Class<?>>map(ClassPath.ClassInfo::load)
                .toList();
    }

    private static boolean published(String name) {
        return !name.contains(".internal.")
                && !name.contains(".Immutable")
                && !name.startsWith("io.github.motcua.cli.")
                && !name.startsWith("io.github.motcua.sample.")
                && !name.startsWith("io.github.motcua.testkit.")
                && !name.startsWith("io.github.motcua.benchmarks.")
                && !name.startsWith("io.github.motcua.examples.")
                && !name.endsWith("Test")
                && !name.endsWith("Properties");
    }
}
