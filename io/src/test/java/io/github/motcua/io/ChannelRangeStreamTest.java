package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A range's progress counts its bytes up to its boundary, never the bytes after it, and never twice. */
class ChannelRangeStreamTest {
    @Test
    void theBytesReadPastTheBoundaryToFinishARecordAreNotCounted(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("bytes"), new byte[100]);
        LongAdder progress = new LongAdder();
        try (FileChannel channel = FileChannel.open(file)) {
            ChannelRangeStream range = new ChannelRangeStream(channel, 10, 40, progress::add);

            assertThat(range.read(new byte[20], 0, 20)).isEqualTo(20);
            assertThat(progress.sum()).isEqualTo(20);
            assertThat(range.read(new byte[50], 0, 50)).isEqualTo(10);
            assertThat(range.read(new byte[50], 0, 50)).isEqualTo(50);
            range.countTheRest();
        }

        assertThat(progress.sum()).isEqualTo(30);
    }

    @Test
    void aRangeWhoseReadStopsEarlyCountsTheRestOfItsBytes(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("bytes"), new byte[100]);
        LongAdder progress = new LongAdder();
        try (FileChannel channel = FileChannel.open(file)) {
            ChannelRangeStream range = new ChannelRangeStream(channel, 10, 40, progress::add);

            assertThat(range.read()).isZero();
            range.countTheRest();
        }

        assertThat(progress.sum()).isEqualTo(30);
    }
}
