package io.github.motcua.cli;

import io.github.motcua.io.DossierFiles;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks the files of a command's options before anything is opened: each input exists and is a
 * file, not a directory, nor {@code -} (standard input, which only the dossiers may be); no output
 * is {@code -}; no output is one of the inputs (the same path, or a link to it) or another
 * output, so that an option never overwrites an input and two outputs never write one file; and an
 * export does not replace existing files unless forced.
 */
final class FileOptions {
    private FileOptions() {}

    /**
     * Checks that each input exists and is a regular file.
     *
     * @param inputs each input option's name and file
     * @throws NoSuchFileException if one does not exist
     * @throws FileSystemException if one is a directory
     * @throws IllegalArgumentException if one is {@code -}, standard input
     */
    static void requireFiles(Map<String, Path> inputs) throws IOException {
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            Path file = input.getValue();
            if (DossierInput.isStandardInput(file)) {
                throw new IllegalArgumentException(input.getKey() + " -: only the dossiers (report --input, score"
                        + " --dossiers) are read from standard input; name a file (./- for a file named -)");
            }
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString(), null, "given to " + input.getKey());
            }
            if (Files.isDirectory(file)) {
                throw new FileSystemException(
                        file.toString(),
                        null,
                        "is a directory, given to " + input.getKey() + " where a file is needed");
            }
        }
    }

    /**
     * Refuses to replace an existing dossier file, or master files beside it, unless forced: master
     * files are often edited by hand.
     */
    static void requireNew(Path dossiers, boolean force, String option) {
        requireFileOutput(option, dossiers);
        if (force) {
            return;
        }
        Path directory = Objects.requireNonNull(dossiers.toAbsolutePath().getParent(), "a file has a directory");
        for (Path file : List.of(
                dossiers,
                directory.resolve(DossierFiles.UNITS),
                directory.resolve(DossierFiles.PROCEDURES),
                directory.resolve(DossierFiles.EXCUSALS))) {
            if (Files.exists(file)) {
                throw new IllegalArgumentException(option + " would replace " + file
                        + ", which exists; choose an empty directory, or add --force to replace the files");
            }
        }
    }

    /**
     * Checks the outputs against the inputs and against each other.
     *
     * @param inputs each input option's name and file; absent options are left out
     * @param outputs each output option's name and file; absent options are left out
     * @throws IllegalArgumentException naming both options and the file when two are the same, or
     *     naming the option of an output given as {@code -}
     * @throws IOException if a path cannot be resolved
     */
    static void requireApart(Map<String, Path> inputs, Map<String, Path> outputs) throws IOException {
        List<Map.Entry<String, Path>> seen = new ArrayList<>();
        for (Map.Entry<String, Path> output : outputs.entrySet()) {
            requireFileOutput(output.getKey(), output.getValue());
            for (Map.Entry<String, Path> input : inputs.entrySet()) {
                if (same(output.getValue(), input.getValue())) {
                    throw new IllegalArgumentException(
                            output.getKey() + " " + output.getValue() + " is the file given to " + input.getKey()
                                    + ": an output never overwrites an input; choose another file");
                }
            }
            for (Map.Entry<String, Path> other : seen) {
                if (same(output.getValue(), other.getValue())) {
                    throw new IllegalArgumentException(output.getKey() + " and " + other.getKey()
                            + " name the same file " + output.getValue() + ": each output needs its own file");
                }
            }
            seen.add(output);
        }
    }

    /** Refuses {@code -} as an output: it would be a file named {@code -}, not standard output. */
    private static void requireFileOutput(String option, Path output) {
        if (DossierInput.isStandardInput(output)) {
            throw new IllegalArgumentException(option + " -: this output is written to a file, not to standard"
                    + " output; name a file (./- for a file named -)");
        }
    }

    /** Whether two paths name one file: the same file when both exist, else the same resolved path. */
    static boolean same(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return resolved(a).equals(resolved(b));
    }

    /** A path with its directory's links resolved, and the file's own link when it has one. */
    private static Path resolved(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute)) {
            Path link = Files.readSymbolicLink(absolute);
            absolute = absolute.resolveSibling(link).normalize();
        }
        @Nullable Path parent = absolute.getParent();
        Path name = absolute.getFileName();
        if (parent == null || name == null || !Files.exists(parent, LinkOption.NOFOLLOW_LINKS)) {
            return absolute;
        }
        return parent.toRealPath().resolve(name);
    }
}
