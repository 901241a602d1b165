package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    private static long leftovers(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part"))
                    .count();
        }
    }

    @Test
    void aCommittedOutputReplacesTheTargetWhole(@TempDir Path directory) throws IOException {
        Path target = directory.resolve("report.csv");
        Files.writeString(target, "old");

        AtomicOutput.write(target, writer -> writer.write("mới\n"));

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("mới\n");
        assertThat(leftovers(directory)).isZero();
    }

    @Test
    void aFailedWriteLeavesTheTargetAsItWasAndNoTemporaryFile(@TempDir Path directory) throws IOException {
        Path target = directory.resolve("report.csv");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicOutput.write(target, writer -> {
                    writer.write("half");
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(leftovers(directory)).isZero();
    }

    @Test
    void untilCommittedTheTargetDoesNotExistAndClosingAbandonsTheText(@TempDir Path directory) throws IOException {
        Path target = directory.resolve("sub").resolve("verdicts.csv");

        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.writer().write("a,b\n");
            out.writer().flush();
            assertThat(target).doesNotExist();
        }

        assertThat(target).doesNotExist();
        assertThat(leftovers(target.getParent())).isZero();
    }

    @Test
    void aDirectoryIsNotAFileToWrite(@TempDir Path directory) {
        assertThatThrownBy(() -> AtomicOutput.open(directory))
                .isInstanceOf(FileSystemException.class)
                .hasMessageEndingWith("is a directory, not a file to write");
    }

    @Test
    void anOutputCommitsOnce(@TempDir Path directory) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(directory.resolve("x.txt"))) {
            out.commit();
            assertThatThrownBy(out::commit).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aBinaryFileIsWrittenWholeByteForByte(@TempDir Path directory) throws IOException {
        Path target = directory.resolve("report.xlsx");
        byte[] bytes = {0x50, 0x4B, 0x03, 0x04, (byte) 0xFF, 0x00};

        AtomicOutput.writeBytes(target, stream -> stream.write(bytes));

        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        assertThat(leftovers(directory)).isZero();
    }

    @Test
    void aFailedBinaryWriteLeavesTheTargetAsItWas(@TempDir Path directory) throws IOException {
        Path target = directory.resolve("report.xlsx");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicOutput.writeBytes(target, stream -> {
                    stream.write(new byte[1 << 17]);
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(leftovers(directory)).isZero();
    }
}
