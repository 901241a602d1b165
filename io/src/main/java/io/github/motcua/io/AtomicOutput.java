package io.github.motcua.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A file written whole or not at all: the text goes to a temporary file in the target's directory,
 * which {@link #commit()} moves into place (atomically where the file system can). Closing without
 * committing deletes the temporary file and leaves the target as it was, so a failed or interrupted
 * run never leaves half a report, and two runs writing one target never leave a mix of both.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.open(Path.of("verdicts.csv"))) {
 *     VerdictWriter verdicts = VerdictWriter.open(out.writer());
 *     ...
 *     verdicts.flush();
 *     out.commit();
 * }
 * }</pre>
 *
 * <p>Text is written as UTF-8; a binary file, such as a workbook, through {@link #stream()} or
 * {@link #writeBytes}. An instance is used by one thread.
 */
public final class AtomicOutput implements Closeable {
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private final Writer writer;
    private boolean done;

    private AtomicOutput(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Opens a temporary file beside a target, creating the target's directory if needed.
     *
     * @param target the file to write
     * @return the output, whose {@link #writer()} or {@link #stream()} writes the temporary file
     * @throws IOException if the target is a directory, or the directory or the temporary file
     *     cannot be created
     */
    public static AtomicOutput open(Path target) throws IOException {
        Path absolute = Objects.requireNonNull(target, "target").toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a directory, not a file to write");
        }
        Path directory = Objects.requireNonNull(absolute.getParent(), "a file has a directory");
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".part");
        return new AtomicOutput(
                absolute, temporary, new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
    }

    /**
     * Writes a whole file with one action: the target is replaced only when the action completes.
     *
     * @param target the file to write
     * @param action what writes the text
     * @throws IOException if writing or moving fails; the target is then left as it was
     */
    public static void write(Path target, WriterAction action) throws IOException {
        try (AtomicOutput out = open(target)) {
            action.write(out.writer());
            out.commit();
        }
    }

    /**
     * Writes a whole binary file with one action, such as a workbook: the target is replaced only
     * when the action completes.
     *
     * @param target the file to write
     * @param action what writes the bytes
     * @throws IOException if writing or moving fails; the target is then left as it was
     */
    public static void writeBytes(Path target, StreamAction action) throws IOException {
        Objects.requireNonNull(action, "action");
        try (AtomicOutput out = open(target)) {
            action.write(out.stream());
            out.commit();
        }
    }

    /** Writes bytes to a stream; the stream is closed by the output, not by the action. */
    @FunctionalInterface
    public interface StreamAction {
        /**
         * Writes the bytes.
         *
         * @param stream the stream of the temporary file
         * @throws IOException if writing fails
         */
        void write(OutputStream stream) throws IOException;
    }

    /** Writes text to a writer; the writer is closed by the output, not by the action. */
    @FunctionalInterface
    public interface WriterAction {
        /**
         * Writes the text.
         *
         * @param writer the writer of the temporary file
         * @throws IOException if writing fails
         */
        void write(Writer writer) throws IOException;
    }

    /**
     * Returns the writer of the temporary file. Closing it is allowed; {@link #commit()} flushes and
     * closes it anyway.
     *
     * @return the writer
     */
    public Writer writer() {
        return writer;
    }

    /**
     * Returns the stream of the temporary file, for a binary file. Write through the stream or
     * through the {@link #writer()}, not both; {@link #commit()} flushes and closes it.
     *
     * @return the stream
     */
    public OutputStream stream() {
        return stream;
    }

    /**
     * Returns the file this output replaces when committed.
     *
     * @return the absolute target
     */
    public Path target() {
        return target;
    }

    /**
     * Flushes and closes the temporary file and moves it into place, replacing the target.
     *
     * @throws IOException if the text cannot be written or the file cannot be moved; the target is
     *     then left as it was
     * @throws IllegalStateException if already committed or closed
     */
    public void commit() throws IOException {
        if (done) {
            throw new IllegalStateException("the output to " + target + " is already committed or closed");
        }
        done = true;
        try {
            writer.close();
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * Deletes the temporary file unless the output was committed; the target is left as it was.
     *
     * @throws IOException if the temporary file cannot be deleted
     */
    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        done = true;
        @Nullable IOException failure = null;
        try {
            writer.close();
        } catch (IOException e) {
            failure = e;
        }
        Files.deleteIfExists(temporary);
        if (failure != null) {
            throw failure;
        }
    }
}
