package io.github.motcua.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The rejections of one range of a parallel read, in file order: the first ones in memory, the
 * rest in a temporary file, so that a file whose every record is rejected reads in the same heap
 * as one whose every record is accepted. Closing deletes the file.
 */
final class RejectionSpill implements Closeable {
    /** How many rejections a range keeps in memory before it writes them to a temporary file. */
    static final int IN_MEMORY = 1_000;

    /** The longest text written per field: {@link DataOutputStream#writeUTF} takes at most 64 KiB. */
    private static final int MAX_TEXT = 16_000;

    private final List<Rejection> head = new ArrayList<>();
    private @Nullable Path file;
    private @Nullable DataOutputStream out;
    private long size;

    /** Adds a rejection after the ones before it. */
    void add(Rejection rejection) throws IOException {
        size++;
        if (head.size() < IN_MEMORY) {
            head.add(rejection);
            return;
        }
        DataOutputStream spill = out;
        if (spill == null) {
            Path created = Files.createTempFile("motcua-rejections-", ".bin");
            file = created;
            spill = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(created), 1 << 16));
            out = spill;
        }
        spill.writeLong(rejection.record());
        spill.writeLong(rejection.line());
        spill.writeUTF(clip(rejection.id()));
        spill.writeUTF(clip(rejection.column()));
        spill.writeUTF(clip(rejection.value()));
        spill.writeUTF(clip(rejection.reason()));
    }

    /** How many rejections were added. */
    long size() {
        return size;
    }

    /** The first rejection, or null when there is none. */
    @Nullable
    Rejection first() {
        return head.isEmpty() ? null : head.get(0);
    }

    /** Gives every rejection, in the order added, reading the spilled ones back from the file. */
    void forEach(Consumer<Rejection> action) throws IOException {
        head.forEach(action);
        DataOutputStream spill = out;
        Path spilled = file;
        if (spill == null || spilled == null) {
            return;
        }
        spill.flush();
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(Files.newInputStream(spilled), 1 << 16))) {
            for (long i = head.size(); i < size; i++) {
                action.accept(new Rejection(
                        in.readLong(), in.readLong(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF()));
            }
        } catch (EOFException e) {
            throw new IOException("the temporary file of rejections " + spilled + " ended early", e);
        }
    }

    private static String clip(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }

    @Override
    public void close() throws IOException {
        DataOutputStream spill = out;
        Path spilled = file;
        out = null;
        file = null;
        if (spill != null) {
            spill.close();
        }
        if (spilled != null) {
            Files.deleteIfExists(spilled);
        }
    }
}
