package io.github.motcua.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** A stream that counts the bytes read from it to a progress consumer, once per read. */
final class CountedStream extends FilterInputStream {
    private final LongConsumer progress;

    CountedStream(InputStream in, LongConsumer progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int read = super.read();
        if (read >= 0) {
            progress.accept(1);
        }
        return read;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int read = super.read(bytes, offset, length);
        if (read > 0) {
            progress.accept(read);
        }
        return read;
    }

    @Override
    public long skip(long bytes) throws IOException {
        long skipped = super.skip(bytes);
        if (skipped > 0) {
            progress.accept(skipped);
        }
        return skipped;
    }
}
