package io.github.motcua.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.function.LongConsumer;

/**
 * The bytes of a file from an offset, read with positional reads so that threads share one
 * channel: up to a boundary in large reads, then in small ones, since past the boundary a reader
 * only finishes its last record. The bytes read before the boundary are counted to a progress
 * consumer, once per read.
 */
final class ChannelRangeStream extends InputStream {
    private static final int AFTER_BOUNDARY = 1 << 14;

    private final FileChannel channel;
    private final long from;
    private final long boundary;
    private final LongConsumer progress;
    private long position;
    private long counted;

    ChannelRangeStream(FileChannel channel, long from, long boundary) {
        this(channel, from, boundary, bytes -> {});
    }

    ChannelRangeStream(FileChannel channel, long from, long boundary, LongConsumer progress) {
        this.channel = channel;
        this.from = from;
        this.position = from;
        this.boundary = boundary;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int wanted =
                position < boundary ? (int) Math.min(length, boundary - position) : Math.min(length, AFTER_BOUNDARY);
        int read = channel.read(ByteBuffer.wrap(bytes, offset, wanted), position);
        if (read > 0) {
            position += read;
            count(Math.min(position, boundary) - from);
        }
        return read;
    }

    /** Counts the bytes up to the boundary not read yet, as when a read stops early. */
    void countTheRest() {
        count(boundary - from);
    }

    private void count(long upTo) {
        if (upTo > counted) {
            progress.accept(upTo - counted);
            counted = upTo;
        }
    }
}
