package io.github.motcua.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of a file from an offset, read with positional reads so that threads share one
 * channel: up to a boundary in large reads, then in small ones, since past the boundary a reader
 * only finishes its last record.
 */
final class ChannelRangeStream extends InputStream {
    private static final int AFTER_BOUNDARY = 1 << 14;

    private final FileChannel channel;
    private final long boundary;
    private long position;

    ChannelRangeStream(FileChannel channel, long from, long boundary) {
        this.channel = channel;
        this.position = from;
        this.boundary = boundary;
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
        }
        return read;
    }
}
